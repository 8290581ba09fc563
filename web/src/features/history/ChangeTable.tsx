import { Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffList, diffObject, type FieldChange, type ItemDiff, isPlainObject } from './diff.ts';
import classes from './history.module.css';
import { useFieldLabel } from './labels.ts';
import { EmptyValue, ValueView } from './ValueView.tsx';

/**
 * A revision's changes field by field. Scalars show old → new in two columns; lists and objects show
 * one column of what was added, removed or changed inside them, so a one-step edit of a long
 * timeline reads as that step, not as two copies of the timeline.
 */
export function ChangeTable({
  changes,
  caption,
  mode = 'change',
}: {
  changes: readonly FieldChange[];
  caption: string;
  /** `create`: the first revision, which has values but nothing before them. */
  mode?: 'change' | 'create';
}) {
  const { t } = useTranslation('history');
  const label = useFieldLabel();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing={6} withRowBorders>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.fieldCell}>{t('diff.field')}</Table.Th>
            {mode === 'create' ? (
              <Table.Th>{t('diff.value')}</Table.Th>
            ) : (
              <>
                <Table.Th className={classes.valueCell}>{t('diff.before')}</Table.Th>
                <Table.Th className={classes.valueCell}>{t('diff.after')}</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row" className={classes.fieldCell}>
                {label(change.field)}
              </Table.Th>
              {mode === 'create' ? (
                <Table.Td>
                  <ValueView value={change.to} fieldKey={change.field} />
                </Table.Td>
              ) : (
                <ChangeCells change={change} />
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ChangeCells({ change }: { change: FieldChange }) {
  const { from, to, field } = change;
  const fromList = Array.isArray(from) ? from : from === null ? [] : null;
  const toList = Array.isArray(to) ? to : to === null ? [] : null;
  if (fromList && toList && (Array.isArray(from) || Array.isArray(to))) {
    return (
      <Table.Td colSpan={2}>
        <ListDiff items={diffList(fromList, toList)} fieldKey={field} />
      </Table.Td>
    );
  }
  if (isPlainObject(from) && isPlainObject(to)) {
    return (
      <Table.Td colSpan={2}>
        <MemberChanges changes={diffObject(from, to)} />
      </Table.Td>
    );
  }
  return (
    <>
      <Table.Td className={classes.valueCell}>
        <OldNew kind="removed" value={from} fieldKey={field} />
      </Table.Td>
      <Table.Td className={classes.valueCell}>
        <OldNew kind="added" value={to} fieldKey={field} />
      </Table.Td>
    </>
  );
}

function OldNew({ kind, value, fieldKey }: { kind: 'removed' | 'added'; value: unknown; fieldKey: string }) {
  if (value === null || value === undefined) return <EmptyValue />;
  return (
    <div className={kind === 'removed' ? classes.removed : classes.added}>
      <span className={kind === 'removed' ? classes.strike : undefined}>
        <ValueView value={value} fieldKey={fieldKey} />
      </span>
    </div>
  );
}

const STATUS_COLOR = { added: 'teal.9', removed: 'red.9', changed: 'blue.9' } as const;

function ListDiff({ items, fieldKey }: { items: ItemDiff[]; fieldKey: string }) {
  const { t } = useTranslation('history');
  const kept = items.filter((item) => item.status === 'same').length;
  const shown = items.filter((item) => item.status !== 'same');
  return (
    <Stack gap={6}>
      {shown.map((item, i) => (
        // The diff is rebuilt from the values on every render; position is its only identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <Badge size="xs" color={STATUS_COLOR[item.status as keyof typeof STATUS_COLOR]}>
            {t(`diff.${item.status}`)}
          </Badge>
          <div
            className={
              item.status === 'added'
                ? classes.added
                : item.status === 'removed'
                  ? classes.removed
                  : classes.kept
            }
          >
            {item.status === 'changed' ? (
              <MemberChanges changes={diffObject(item.from, item.to)} context={item.to} />
            ) : (
              <span className={item.status === 'removed' ? classes.strike : undefined}>
                <ValueView value={item.value} fieldKey={fieldKey} />
              </span>
            )}
          </div>
        </Group>
      ))}
      {kept > 0 ? (
        <Text size="xs" c="dimmed">
          {t('diff.unchangedItems', { count: kept })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Members of an object that changed, each old → new; `context` names the item (a step's kind). */
function MemberChanges({ changes, context }: { changes: FieldChange[]; context?: Record<string, unknown> }) {
  const { t } = useTranslation('history');
  const label = useFieldLabel();
  const heading = context && typeof context.kind === 'string' ? context.kind : null;
  return (
    <Stack gap={4}>
      {heading ? (
        <Text size="sm" fw={500}>
          {label('kind')}: {heading}
        </Text>
      ) : null}
      {changes.map((change) => (
        <Group key={change.field} gap={6} wrap="wrap" align="flex-start">
          <Text size="sm" c="dimmed">
            {label(change.field)}:
          </Text>
          <OldNew kind="removed" value={change.from} fieldKey={change.field} />
          <Text span>
            <span aria-hidden="true">→</span>
            <VisuallyHidden>{t('diff.becomes')}</VisuallyHidden>
          </Text>
          <OldNew kind="added" value={change.to} fieldKey={change.field} />
        </Group>
      ))}
    </Stack>
  );
}
