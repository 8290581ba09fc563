import { Alert, Button, Group, List, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../ui/ProblemAlert.tsx';
import { ConflictDialog } from '../conflict/ConflictDialog.tsx';
import type { RecordEditor } from './useRecordEditor.ts';

/** The frame of every editor: the heading, the form, every problem listed, save and cancel, the conflict dialog. */
export function EditorShell({
  title,
  editor,
  cancelTo,
  labelOf,
  children,
}: {
  title: string;
  editor: RecordEditor;
  cancelTo: string;
  labelOf: (field: string) => string;
  children: ReactNode;
}) {
  const { t } = useTranslation('records');
  const problems = Object.entries(editor.errors);
  const label = (path: string) => {
    const [field, ...rest] = path.split('.');
    return [
      labelOf(field ?? path),
      ...rest.map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part)),
    ].join(' › ');
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void editor.save();
      }}
    >
      <Stack gap="lg" maw={960}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
        {problems.length > 0 ? (
          <Alert color="red" role="alert" title={t('form.problems', { count: problems.length })}>
            <List size="sm">
              {problems.map(([path, message]) => (
                <List.Item key={path}>
                  {path ? `${label(path)}: ` : ''}
                  {message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <ProblemAlert error={problems.length ? null : editor.failure} />
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
          <Button variant="default" component={Link} to={cancelTo}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={editor.isSaving}>
            {t('form.save')}
          </Button>
        </Group>
        <ConflictDialog
          conflict={editor.conflict}
          labelOf={labelOf}
          onResolve={(keep, andSave) => void editor.resolve(keep, andSave)}
        />
      </Stack>
    </form>
  );
}
