import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';

export function Logo() {
  return (
    <Link to="/" className="docket-logo" aria-label="Docket">
      <Group gap={8}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <Text fw={700} size="lg" c="var(--mantine-color-text)" aria-hidden>
          Docket
        </Text>
      </Group>
    </Link>
  );
}
