import { Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A dashboard panel: a titled region (h2), so screen readers can jump between panels. */
export function Card({
  title,
  children,
  className,
  testId,
}: {
  title: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={id}
      className={className}
      data-testid={testId}
    >
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
