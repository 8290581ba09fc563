import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './account.css';
import { WarningAlert } from './AccountModal.tsx';

/**
 * A secret the server shows once (an API token, an invitation or reset link): the value to select
 * or copy, and a warning that says it will not be shown again.
 */
export function SecretReveal({
  value,
  warning,
  label,
  testId,
}: {
  value: string;
  warning: string;
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation('account');
  return (
    <Stack gap="sm">
      <WarningAlert title={t('secret.onceTitle')}>{warning}</WarningAlert>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Code block data-testid={testId} className="account-secret">
        {value}
      </Code>
      <Group>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'light'} color={copied ? 'green' : 'blue'} onClick={copy}>
              {copied ? t('secret.copied') : t('secret.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
