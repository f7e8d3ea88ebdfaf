import { REVIEW_FIELDS } from '@/lib/fields';
import type { ProfileFields } from '@/lib/linkedin/types';
import { i18n } from '#i18n';

/** The values a page shows, read only; the LinkedIn URL said to be unknown when the page does not show it. */
export function PageValues({ fields }: { fields: ProfileFields }) {
  return (
    <table className="page-values">
      <caption>{i18n.t('pagePerson.valuesCaption')}</caption>
      <tbody>
        {REVIEW_FIELDS.flatMap((field) =>
          'pageKey' in field ? [{ key: field.pageKey, label: field.label, value: fields[field.pageKey] }] : [],
        ).map(({ key, label, value }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{value ?? i18n.t(key === 'url' ? 'pagePerson.urlUnknown' : 'pagePerson.notFound')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
