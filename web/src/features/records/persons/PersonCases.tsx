import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client.ts';
import type { AnyRecord, Case } from '../shared/types.ts';

/** The cases in which this person is the victim, with where each stands, and a way to open one. */
export function PersonCases({ person }: { person: AnyRecord }) {
  const { t } = useTranslation('records');
  const cases = useQuery({
    queryKey: ['person-cases', person.id],
    queryFn: async (): Promise<Case[]> =>
      unwrap(await api.GET('/api/cases', { params: { query: { victimId: person.id, limit: 50 } } })).items,
  });
  return (
    <section aria-labelledby="person-cases">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="person-cases">
          {t('type.casesOfPerson')}
        </Title>
        {person.abilities.write ? (
          <Button component={Link} to={`/cases/new?victim=${person.id}`} variant="light" size="xs">
            {t('form.newCaseFor')}
          </Button>
        ) : null}
      </Group>
      <Stack gap={4}>
        {(cases.data ?? []).map((item) => (
          <Group key={item.id} gap="xs">
            <Anchor component={Link} to={`/cases/${item.id}`}>
              {item.title ?? t(`vocabulary:caseType.${item.caseType}`)}
            </Anchor>
            <Badge variant="light" color="gray" size="sm">
              {t(`vocabulary:caseStatus.${item.derived.status}`)}
            </Badge>
          </Group>
        ))}
        {cases.data?.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('type.noCases')}
          </Text>
        ) : null}
      </Stack>
    </section>
  );
}
