import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_TYPES, type ImportType } from './targets.ts';
import { StepHeading } from './WizardParts.tsx';

/** Step 1: which kind of records the spreadsheet holds. */
export function TypeStep({
  value,
  onChange,
}: {
  value: ImportType | null;
  onChange: (type: ImportType) => void;
}) {
  const { t } = useTranslation('import');
  return (
    <Stack gap="sm">
      <StepHeading>{t('type.heading')}</StepHeading>
      <Radio.Group
        value={value}
        onChange={(next) => onChange(next as ImportType)}
        label={t('type.label')}
        description={t('type.description')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs">
          {IMPORT_TYPES.map((type) => (
            <Radio.Card key={type} value={type} p="sm" radius="md" withBorder>
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t(`types.${type}.name`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`types.${type}.hint`)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}
