/**
 * Every sentence a person reads comes from locales/en.yml through lib/ui-words, so a translation reaches all of
 * them. In components/ and entrypoints/, which only render and wire, ESLint refuses words written into the code
 * (no-restricted-syntax selectors, so no plugin is needed): text between tags, a string shown as an element's
 * child, the attributes a screen reader or a tooltip reads, and any string of two words or more. Class names and
 * log lines are not read by a person, and only letters count (a "✓", a "·" or a number may stay).
 */
const WORDS = '/[A-Za-z]/';
const TWO_WORDS = '/[A-Za-z]\\S*\\s+\\S*[A-Za-z]/';
const READ_ATTRIBUTE =
  'JSXAttribute[name.name=/^(label|placeholder|title|alt|aria-label|aria-description|aria-roledescription|aria-valuetext)$/]';
const SHOWN = `:matches(JSXElement, JSXFragment, ${READ_ATTRIBUTE}) > JSXExpressionContainer`;
const CHOSEN = ':matches(ConditionalExpression, LogicalExpression)';
const NOT_READ =
  ":not(JSXAttribute[name.name='className'] *, CallExpression[callee.object.name='console'] > *, CallExpression[callee.name='logFailure'] > *)";
const message = 'Words a person reads come from locales/en.yml through lib/ui-words.';

export const wordsInCode = [
  // <p>Not in Stardex</p>
  `JSXText[value=${WORDS}]`,
  // <input placeholder="Search" />
  `${READ_ATTRIBUTE} > Literal[value=${WORDS}]`,
  // <p>{'Unlink'}</p>, title={'Open'}
  `${SHOWN} > Literal[value=${WORDS}]`,
  // {busy ? 'Saving…' : 'Save'}, {linked && 'linked'}
  `${SHOWN} > ${CHOSEN} > Literal[value=${WORDS}]`,
  // {`In ${name}`}, placeholder={`Saved ${hint}`}
  `${SHOWN} > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
  `${SHOWN} > ${CHOSEN} > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
  // question="Remove the key?", { message: 'Every failed save was sent again.' }, new Error(`No tab ${x}`)
  `Literal[value=${TWO_WORDS}]${NOT_READ}`,
  `TemplateElement[value.raw=${TWO_WORDS}]${NOT_READ}`,
]
  .map((selector) => ({ selector, message }))
  .concat({
    selector: "ImportDeclaration[source.value='#i18n']",
    message: 'Read words through lib/ui-words, which names each sentence and fills it in.',
  });
