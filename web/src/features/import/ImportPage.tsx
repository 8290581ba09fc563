import { Alert, Anchor, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ColumnsStep } from './ColumnsStep.tsx';
import { FileDrop } from './FileDrop.tsx';
import classes from './import.module.css';
import {
  formatOf,
  type ImportFormat,
  type ImportOutcome,
  type ImportReport,
  MAX_UPLOAD_BYTES,
  runImport,
  unknownColumns,
} from './import-api.ts';
import {
  EMPTY_DRAFT,
  type MappingDraft,
  mappingFileUrl,
  type ServerMapping,
  toServerMapping,
} from './mapping.ts';
import { Busy, ImportSummary, RefusedReport } from './Reports.tsx';
import { TypeStep } from './TypeStep.tsx';
import { fetchOpenApi, type ImportType, importFields } from './targets.ts';
import { ValuesStep } from './ValuesStep.tsx';
import { FieldsLoading, fileSize, StepHeading } from './WizardParts.tsx';

const IMPORTERS: readonly string[] = ['administrator', 'editor', 'researcher'];
const STEPS = ['type', 'file', 'columns', 'values', 'check'] as const;

interface Upload {
  file: File;
  format: ImportFormat;
}

export function ImportPage() {
  const { t } = useTranslation('import');
  const user = useCurrentUser();
  if (!IMPORTERS.includes(user.role)) {
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState title={t('forbidden.title')}>{t('forbidden.detail')}</EmptyState>
      </>
    );
  }
  return <ImportWizard />;
}

function ImportWizard() {
  const { t } = useTranslation('import');
  const format = useFormat();
  const client = useQueryClient();
  const [step, setStep] = useState(0);
  const [type, setType] = useState<ImportType | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [draft, setDraft] = useState<MappingDraft>(EMPTY_DRAFT);
  const [columns, setColumns] = useState<string[]>([]);
  const [check, setCheck] = useState<{ outcome: ImportOutcome; key: string } | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const abort = useRef<AbortController | null>(null);
  const openapi = useQuery({ queryKey: ['import', 'openapi'], queryFn: fetchOpenApi, staleTime: Infinity });
  const fields = useMemo(
    () => (openapi.data && type ? importFields(openapi.data, type) : []),
    [openapi.data, type],
  );
  const mapping = useMemo(() => toServerMapping(draft, fields), [draft, fields]);
  const keyOf = (u: Upload | null, m: ServerMapping) =>
    u ? `${u.file.name}:${u.file.size}:${u.file.lastModified}:${JSON.stringify(m)}` : '';

  // A dry run: the server reads the file, checks every row and rolls everything back.
  const checking = useMutation({
    mutationFn: async (input: { upload: Upload; mapping: ServerMapping; type: ImportType }) => {
      abort.current = new AbortController();
      return runImport({ ...input, ...input.upload, dryRun: true, signal: abort.current.signal });
    },
    onSuccess: (outcome, input) => {
      setCheck({ outcome, key: keyOf(input.upload, input.mapping) });
      const unknown = unknownColumns(outcome);
      setColumns((known) => [...new Set([...known, ...unknown])]);
    },
  });
  const importing = useMutation({
    mutationFn: (input: { upload: Upload; mapping: ServerMapping; type: ImportType }) =>
      runImport({ ...input, ...input.upload, dryRun: false }),
    onSuccess: async (outcome, input) => {
      if (outcome.ok) {
        setDone(outcome.report);
        setStep(STEPS.length);
        await client.invalidateQueries();
      } else setCheck({ outcome, key: keyOf(input.upload, input.mapping) });
    },
  });

  const mappingUrl = useMemo(() => mappingFileUrl(mapping), [mapping]);
  const firstStep = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows each change of step
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }, [step]);
  useEffect(() => () => URL.revokeObjectURL(mappingUrl), [mappingUrl]);

  const runCheck = (next: Upload | null = upload) => {
    if (next && type) checking.mutate({ upload: next, mapping, type });
  };
  const chooseFile = async (file: File, thenStep: number) => {
    const fileFormat = formatOf(file);
    if (!fileFormat) return setFileError(t('file.wrongType', { name: file.name }));
    if (file.size === 0) return setFileError(t('file.empty', { name: file.name }));
    if (file.size > MAX_UPLOAD_BYTES) return setFileError(t('file.tooLarge', { name: file.name }));
    setFileError(null);
    const next = { file, format: fileFormat };
    setUpload(next);
    if (!type) return;
    const outcome = await checking.mutateAsync({ upload: next, mapping, type }).catch(() => null);
    const unreadable =
      outcome && !outcome.ok && outcome.rowErrors.length === 0 && outcome.otherErrors.length === 0;
    if (outcome && !unreadable) setStep(thenStep);
  };
  const startOver = () => {
    setStep(0);
    setUpload(null);
    setDraft(EMPTY_DRAFT);
    setColumns([]);
    setCheck(null);
    setDone(null);
    checking.reset();
    importing.reset();
  };

  const current = check && check.key === keyOf(upload, mapping) ? check.outcome : null;
  // A check the user stopped is not a failure to report.
  const checkError =
    checking.error instanceof DOMException && checking.error.name === 'AbortError' ? null : checking.error;
  const busyLabel = (verb: 'checking' | 'importing') =>
    upload
      ? t(`busy.${verb}`, { name: upload.file.name, size: fileSize(upload.file.size, format.locale) })
      : '';
  const fieldsReady = openapi.isSuccess || step < 2;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          step > 0 ? (
            <Button variant="default" onClick={startOver} disabled={importing.isPending}>
              {t('startOver')}
            </Button>
          ) : null
        }
      />
      <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('steps.type')} description={type ? t(`types.${type}.name`) : undefined}>
          <TypeStep
            value={type}
            onChange={(next) => {
              setType(next);
              setDraft(EMPTY_DRAFT);
              setColumns([]);
              setCheck(null);
              setStep(1);
            }}
          />
        </Stepper.Step>
        <Stepper.Step label={t('steps.file')} description={upload?.file.name}>
          <Stack gap="sm">
            <StepHeading>{t('file.heading')}</StepHeading>
            <Text size="sm">{t('file.intro', { type: type ? t(`types.${type}.name`) : '' })}</Text>
            {checking.isPending ? (
              <Busy label={busyLabel('checking')} onCancel={() => abort.current?.abort()} />
            ) : (
              <FileDrop onFile={(file) => chooseFile(file, 2)} />
            )}
            {fileError ? (
              <Alert color="red" role="alert">
                {fileError}
              </Alert>
            ) : null}
            {check && !check.outcome.ok && check.outcome.rowErrors.length === 0 ? (
              <RefusedReport outcome={check.outcome} />
            ) : null}
            <ProblemAlert error={checkError} title={t('checkFailed')} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('steps.columns')}>
          {fieldsReady ? (
            <ColumnsStep columns={columns} fields={fields} draft={draft} onChange={setDraft} />
          ) : (
            <FieldsLoading error={openapi.error} retry={() => openapi.refetch()} />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('steps.values')}>
          <ValuesStep
            fields={fields}
            draft={draft}
            onChange={setDraft}
            lastErrors={check && !check.outcome.ok ? check.outcome.rowErrors : []}
          />
        </Stepper.Step>
        <Stepper.Step label={t('steps.check')}>
          <Stack gap="md">
            <StepHeading>{t('check.heading')}</StepHeading>
            {checking.isPending ? (
              <Busy label={busyLabel('checking')} onCancel={() => abort.current?.abort()} />
            ) : importing.isPending ? (
              <Busy label={busyLabel('importing')} />
            ) : current?.ok ? (
              <>
                <Alert color="green" className={classes.success} title={t('check.okTitle')}>
                  {t('check.ok')}
                </Alert>
                {type ? <ImportSummary report={current.report} type={type} /> : null}
              </>
            ) : current ? (
              <RefusedReport outcome={current} />
            ) : (
              <Button w="fit-content" onClick={() => runCheck()} disabled={!upload}>
                {t('check.run')}
              </Button>
            )}
            <ProblemAlert error={checkError ?? importing.error} title={t('checkFailed')} />
            {!checking.isPending && !importing.isPending ? (
              <FileDrop compact onFile={(file) => chooseFile(file, 4)} />
            ) : null}
            <Anchor href={mappingUrl} download={`${type ?? 'import'}-mapping.json`} size="sm">
              {t('check.downloadMapping')}
            </Anchor>
          </Stack>
        </Stepper.Step>
        <Stepper.Completed>
          {done && type ? (
            <Stack gap="md">
              <StepHeading>{t('done.heading')}</StepHeading>
              <Alert color="green" className={classes.success} role="status" title={t('done.title')}>
                {t('done.detail')}
              </Alert>
              <ImportSummary report={done} type={type} />
              <Group>
                <Button onClick={startOver}>{t('done.again')}</Button>
                <Button component={Link} to={`/${type}`} variant="default">
                  {t('done.openList', { type: t(`types.${type}.plural`) })}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Stepper.Completed>
      </Stepper>
      {step > 0 && step < STEPS.length ? (
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => setStep(step - 1)}
            disabled={checking.isPending || importing.isPending}
          >
            {t('back')}
          </Button>
          {step === 2 || step === 3 ? (
            <Button
              onClick={() => {
                setStep(step + 1);
                if (step === 3) runCheck();
              }}
            >
              {step === 3 ? t('check.run') : t('next')}
            </Button>
          ) : null}
          {step === 4 && current?.ok && upload && type ? (
            <Button
              color="green"
              loading={importing.isPending}
              onClick={() => importing.mutate({ upload, mapping, type })}
            >
              {t('check.import', { count: current.report.rows.length + current.report.rowsNotListed })}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
