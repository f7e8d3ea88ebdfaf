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
      <p>
        LinkedIn has not shown this profile’s Experience yet, so the current job could not be read from it. Scroll down
        to Experience on the page, then read it again.
      </p>
      <button type="button" disabled={reading} onClick={onReadAgain}>
        {reading ? 'Reading…' : 'Read again'}
      </button>
    </div>
  );
}
