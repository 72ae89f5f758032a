/** CSV and XLSX downloads of a report, with the same filters as on screen (the shared export control). */
import { exportUrl } from '../../api/finance';
import { ExportLinks } from '../ExportLinks';

export function ExportButtons({
  report,
  query,
}: {
  report: string;
  query: Record<string, string | number | undefined>;
}) {
  return <ExportLinks size="xs" href={(format) => exportUrl(report, query, format)} />;
}
