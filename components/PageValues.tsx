import { REVIEW_FIELDS } from '@/lib/fields';
import type { ProfileFields } from '@/lib/linkedin/types';
import { pagePersonWords } from '@/lib/ui-words/page-person';

/** The values a page shows, read only; the LinkedIn URL said to be unknown when the page does not show it. */
export function PageValues({ fields }: { fields: ProfileFields }) {
  return (
    <table className="page-values">
      <caption>{pagePersonWords.valuesCaption()}</caption>
      <tbody>
        {REVIEW_FIELDS.flatMap((field) =>
          'pageKey' in field ? [{ key: field.pageKey, label: field.label, value: fields[field.pageKey] }] : [],
        ).map(({ key, label, value }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{value ?? pagePersonWords.notShown(key === 'url')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
