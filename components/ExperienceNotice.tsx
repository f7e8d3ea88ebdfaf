export interface ExperienceNoticeProps {
  reading: boolean;
  onReadAgain(): void;
}

/**
 * Shown when the page had no Experience section when it was read: LinkedIn renders it only once
 * the user scrolls to it, so job title and company are left empty rather than guessed.
 */
export function ExperienceNotice({ reading, onReadAgain }: ExperienceNoticeProps) {
  return (
    <div className="notice">
      <p>
        LinkedIn has not shown this profile’s Experience yet, so the job title and company are empty. Scroll down to
        Experience on the page, then read it again.
      </p>
      <button type="button" disabled={reading} onClick={onReadAgain}>
        {reading ? 'Reading…' : 'Read again'}
      </button>
    </div>
  );
}
