import { reviewFormWords } from '@/lib/ui-words/review';

export interface ExperienceNoticeProps {
  reading: boolean;
  onReadAgain(): void;
}

/**
 * Shown when the page had no Experience section when it was read: LinkedIn renders it only once
 * the user scrolls to it, so the current job title and company are not guessed from the top card.
 */
export function ExperienceNotice({ reading, onReadAgain }: ExperienceNoticeProps) {
  return (
    <div className="notice">
      <p>{reviewFormWords.experienceNotShown()}</p>
      <button type="button" disabled={reading} onClick={onReadAgain}>
        {reviewFormWords.readAgain(reading)}
      </button>
    </div>
  );
}
