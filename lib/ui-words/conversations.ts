import { i18n } from '#i18n';

/** The words of a conversation's review and its log (issue 24), from locales/en.yml `conversations`. */
export const conversationWords = {
  reviewIt: () => i18n.t('conversations.reviewIt'),
  selectionOnConversation: () => i18n.t('conversations.selectionOnConversation'),
  heading: (name: string) => i18n.t('conversations.heading', { name }),
  onPage: (count: number) => i18n.t('conversations.onPage', count),
  group: (names: string[]) => i18n.t('conversations.group', { names: names.join(', ') }),
  unidentified: () => i18n.t('conversations.unidentified'),
  memberIdOnly: (name: string) => i18n.t('conversations.memberIdOnly', { name }),
  noProfileLink: (name: string) => i18n.t('conversations.noProfileLink', { name }),
  chosenByHand: (name: string) => i18n.t('conversations.chosenByHand', { name }),
  me: () => i18n.t('conversations.me'),
  dateUnknown: () => i18n.t('conversations.dateUnknown'),
  alreadyLogged: () => i18n.t('conversations.alreadyLogged'),
  checkingLogged: () => i18n.t('conversations.checkingLogged'),
  logButton: (count: number) => i18n.t('conversations.logButton', count),
  logged: (count: number) => i18n.t('conversations.logged', count),
  nothingNew: () => i18n.t('conversations.nothingNew'),
  queued: (state: string) => i18n.t('conversations.queued', { state }),
  threadMoved: () => i18n.t('conversations.threadMoved'),
  noMessages: () => i18n.t('conversations.noMessages'),
  outboxPart: () => i18n.t('conversations.outboxPart'),
  notInStardex: () => i18n.t('conversations.notInStardex'),
  lookingUp: () => i18n.t('conversations.lookingUp'),
};
