import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../../auth/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { SensitivityBadge } from '../../ui/SensitivityBadge.tsx';

/** Who the user is: the facts an administrator set, and whether two-step verification is on. */
export function ProfileSection() {
  const { t } = useTranslation('account');
  const format = useFormat();
  const user = useCurrentUser();
  const orgName = useSession().data?.org.name;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-profile">
      <Stack gap="md">
        <Title order={2} size="h4" id="account-profile">
          {t('profile.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Fact label={t('profile.email')}>{user.email}</Fact>
          <Fact label={t('profile.displayName')}>{user.displayName}</Fact>
          <Fact label={t('profile.role')}>
            <Text>{t(`roles.${user.role}`)}</Text>
            <Text size="xs" c="dimmed">
              {t(`roleHints.${user.role}`)}
            </Text>
          </Fact>
          <Fact label={t('profile.clearance')}>
            <Group gap="xs">
              <SensitivityBadge level={user.clearance} always />
              <Text size="xs" c="dimmed">
                {t('profile.clearanceHint')}
              </Text>
            </Group>
          </Fact>
          <Fact label={t('profile.organization')}>{orgName}</Fact>
          <Fact label={t('profile.memberSince')}>{format.dateTime(user.createdAt)}</Fact>
          <Fact label={t('profile.mfa')}>
            <Stack gap={4}>
              <Group gap="xs">
                <Badge color={user.mfaEnrolled ? 'green' : 'gray'} variant="light" data-testid="mfa-status">
                  {user.mfaEnrolled ? t('profile.mfaOn') : t('profile.mfaOff')}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {user.mfaEnrolled ? t('profile.mfaOnHint') : t('profile.mfaOffHint')}
              </Text>
            </Stack>
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}
