// What the two fingerprints (SHA-256 codes) cover, said on the sign-off page and
// with the receipts, so nobody is alarmed that they differ. From the service:
// both hash the same canonical content (api/bids/bid_context.cpp,
// canonical_content): the bid, tender, lot and partnership, the stage, the accepted
// members with their roles and shares, every answer, every declaration, and every
// uploaded document by its own SHA-256, name, visibility, organisation and
// requirement. The sign-off's (draft_digest) has the submission number 0; a
// receipt's (post_submission.cpp) has that submission's own number, 1, 2, ...
export function FingerprintsExplained({ headingLevel = 2 }) {
  const H = `h${headingLevel}`;
  return (
    <section class="ds_inset-text fingerprints" aria-labelledby="fingerprints-heading" data-testid="fingerprints">
      <H id="fingerprints-heading" class="ds_h4">What the fingerprints cover</H>
      <div class="ds_inset-text__text">
        <p>
          A fingerprint is a long code worked out from the exact content of the bid: every answer, every
          minimum-requirement declaration, every uploaded document (by the document’s own fingerprint, its name and who
          can see it), and the partnership’s members with their roles and shares. If one letter changes, the code changes.
        </p>
        <p>
          <strong>The sign-off fingerprint</strong> is of the bid as it is now, before it is sent, so it has no submission
          number yet. <strong>A receipt’s fingerprint</strong> is of what was sent: the same content, with the number of
          that submission added (1 the first time the bid is sent, 2 the next time, and so on).
        </p>
        <p>
          So the receipt’s fingerprint is never the same as the sign-off fingerprint, even when not one word changed. That
          is expected: it does not mean the bid changed. The receipt’s fingerprint proves exactly what the service received.
        </p>
      </div>
    </section>
  );
}
