/** Finance: the replacement budget, book values, expense and forecast, write-offs and TCO, each exportable. */
import { Button, Tabs } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../components/session-context';
import { PageHeader } from '../../components/PageHeader';
import { BookValuesReport } from '../../components/finance/BookValuesReport';
import { ExpenseReport, ForecastReport } from '../../components/finance/ExpenseReport';
import { ReplacementBudgetReport } from '../../components/finance/ReplacementBudgetReport';
import { TcoReport, WriteOffsReport } from '../../components/finance/WriteOffsReport';

const TABS = ['budget', 'book-values', 'expense', 'forecast', 'write-offs', 'tco'] as const;
type Tab = (typeof TABS)[number];

export function FinanceReportsPage() {
  const [params, setParams] = useSearchParams();
  const { can } = useSession();
  const tab: Tab = TABS.includes(params.get('report') as Tab) ? (params.get('report') as Tab) : 'budget';
  return (
    <>
      <PageHeader
        title="Finance"
        description="Replacement budget, book values, depreciation expense and forecast, write-offs and total cost of ownership"
        actions={
          can('settings.manage') && (
            <Button component={Link} to="/finance/books" variant="light" leftSection={<IconBook size={16} />}>
              Books and depreciation
            </Button>
          )
        }
      />
      <Tabs
        value={tab}
        onChange={(t) => setParams(t && t !== 'budget' ? { report: t } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          <Tabs.Tab value="budget">Replacement budget</Tabs.Tab>
          <Tabs.Tab value="book-values">Book values</Tabs.Tab>
          <Tabs.Tab value="expense">Expense</Tabs.Tab>
          <Tabs.Tab value="forecast">Forecast</Tabs.Tab>
          <Tabs.Tab value="write-offs">Write-offs</Tabs.Tab>
          <Tabs.Tab value="tco">Cost of ownership</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="budget">
          <ReplacementBudgetReport />
        </Tabs.Panel>
        <Tabs.Panel value="book-values">
          <BookValuesReport />
        </Tabs.Panel>
        <Tabs.Panel value="expense">
          <ExpenseReport />
        </Tabs.Panel>
        <Tabs.Panel value="forecast">
          <ForecastReport />
        </Tabs.Panel>
        <Tabs.Panel value="write-offs">
          <WriteOffsReport />
        </Tabs.Panel>
        <Tabs.Panel value="tco">
          <TcoReport />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
