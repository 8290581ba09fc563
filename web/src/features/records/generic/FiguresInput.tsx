import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figureKindSchema, figureQualifierSchema } from '../../../../../src/modules/events/event.schema.ts';
import { PartialDateInput } from '../form/PartialDateInput.tsx';
import { SourceSelect } from '../form/SourceSelect.tsx';
import type { FieldErrors } from '../shared/validation.ts';

interface FigureClaim {
  value: number;
  sourceId: string | null;
  isPreferred: boolean;
  qualifier: string;
  statedOn?: string | undefined;
  locator?: string | undefined;
  note?: string | undefined;
}
interface Figure {
  id?: string;
  kind: string;
  label?: Record<string, string> | undefined;
  claims: FigureClaim[];
}

const newClaim = (): FigureClaim => ({ value: 0, sourceId: null, isPreferred: false, qualifier: 'exact' });

/**
 * An event's figures (deaths, detentions…): each a kind and the numbers sources gave, side by side,
 * with how precise each is, when it was stated, its source, and at most one preferred.
 */
export function FiguresInput({
  legend,
  value,
  onChange,
  errors,
}: {
  legend: string;
  value: Figure[];
  onChange: (figures: Figure[]) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation('records');
  const setFigure = (index: number, patch: Partial<Figure>) =>
    onChange(value.map((figure, i) => (i === index ? { ...figure, ...patch } : figure)));
  const setClaim = (index: number, c: number, patch: Partial<FigureClaim>) => {
    const figure = value[index];
    if (!figure) return;
    setFigure(index, {
      claims: figure.claims.map((claim, j) =>
        j === c ? { ...claim, ...patch } : patch.isPreferred ? { ...claim, isPreferred: false } : claim,
      ),
    });
  };
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {value.map((figure, index) => {
          const number = index + 1;
          const at = `figures.${index}`;
          return (
            <Paper key={figure.id ?? `new-${index}`} withBorder p="sm" radius="sm">
              <Stack gap="xs">
                <Group align="flex-start" wrap="wrap">
                  <Select
                    label={t('figures.kindN', { number })}
                    data={figureKindSchema.options.map((k) => ({
                      value: k,
                      label: t(`vocabulary:kind.${k}`),
                    }))}
                    value={figure.kind}
                    allowDeselect={false}
                    onChange={(kind) => setFigure(index, { kind: kind ?? 'other' })}
                  />
                  {figure.kind === 'other' ? (
                    <TextInput
                      label={t('figures.labelN', { number })}
                      value={Object.values(figure.label ?? {})[0] ?? ''}
                      error={errors[`${at}.label`]}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        setFigure(index, { label: text ? { [i18n.language]: text } : undefined });
                      }}
                    />
                  ) : null}
                </Group>
                <Text size="sm" fw={600}>
                  {t('figures.claims')}
                </Text>
                {figure.claims.map((claim, c) => {
                  const which = { number, claim: c + 1 };
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: claims have no ids and are edited in place
                    <SimpleGrid key={c} cols={{ base: 1, sm: 3 }}>
                      <NumberInput
                        label={t('figures.valueN', which)}
                        min={0}
                        value={claim.value}
                        error={errors[`${at}.claims.${c}.value`]}
                        onChange={(v) => setClaim(index, c, { value: typeof v === 'number' ? v : 0 })}
                      />
                      <Select
                        label={t('figures.qualifierN', which)}
                        data={figureQualifierSchema.options.map((q) => ({
                          value: q,
                          label: t(`vocabulary:qualifier.${q}`),
                        }))}
                        value={claim.qualifier}
                        allowDeselect={false}
                        onChange={(q) => setClaim(index, c, { qualifier: q ?? 'exact' })}
                      />
                      <PartialDateInput
                        label={t('figures.statedOnN', which)}
                        value={claim.statedOn ?? null}
                        error={errors[`${at}.claims.${c}.statedOn`]}
                        onChange={(v) => setClaim(index, c, { statedOn: v ?? undefined })}
                      />
                      <SourceSelect
                        label={t('figures.sourceN', which)}
                        value={claim.sourceId}
                        onChange={(sourceId) => setClaim(index, c, { sourceId })}
                      />
                      <TextInput
                        label={t('figures.noteN', which)}
                        value={claim.note ?? ''}
                        onChange={(e) => setClaim(index, c, { note: e.currentTarget.value || undefined })}
                      />
                      <Group gap="xs" mt={24}>
                        <Checkbox
                          label={t('claims.preferred')}
                          checked={claim.isPreferred}
                          onChange={(e) => setClaim(index, c, { isPreferred: e.currentTarget.checked })}
                        />
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          disabled={figure.claims.length === 1}
                          aria-label={t('figures.removeClaimN', which)}
                          onClick={() =>
                            setFigure(index, { claims: figure.claims.filter((_, j) => j !== c) })
                          }
                        >
                          {t('form.remove')}
                        </Button>
                      </Group>
                    </SimpleGrid>
                  );
                })}
                <Group justify="space-between">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setFigure(index, { claims: [...figure.claims, newClaim()] })}
                  >
                    {t('figures.addClaim')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('figures.removeN', { number })}
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                  >
                    {t('form.remove')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="light"
            onClick={() => onChange([...value, { kind: 'deaths', claims: [newClaim()] }])}
          >
            {t('figures.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
