export function WhatIsShared({ partnerName }: { partnerName: string }) {
  return (
    <div className="flex flex-col gap-3 text-sm text-stone-700">
      <div>
        <h3 className="font-medium text-stone-900">
          What <bdi>{partnerName}</bdi> will see
        </h3>
        <ul className="mt-1 list-disc ps-5">
          <li>Your display name</li>
          <li>Boundaries either of you proposes, and everything you agree together</li>
          <li>
            Your commitments and your check-ins (kept, partly, missed), with the notes you choose to share
          </li>
          <li>Your consistency over time, side by side with theirs</li>
        </ul>
      </div>
      <div>
        <h3 className="font-medium text-stone-900">What stays yours alone</h3>
        <ul className="mt-1 list-disc ps-5">
          <li>Your email address and password</li>
          <li>Notes you mark as private</li>
        </ul>
      </div>
      <p className="text-stone-500">
        Either of you can unlink at any time; each of you keeps what you wrote.
      </p>
    </div>
  );
}
