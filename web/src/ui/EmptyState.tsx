import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list or panel shows when it has nothing, with what to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        {children ? (
          <Text size="sm" c="dimmed" ta="center">
            {children}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
