// The built-in ideas for time together, by kind and effort: a starting list every couple has, to
// which they add their own. Keys are stable ("builtin:<slug>"): marks and scheduled times point at
// them, so an idea's slug never changes once shipped (its wording may).
export const IDEA_KINDS = [
  { value: "at-home", label: "At home" },
  { value: "outdoors", label: "Outdoors" },
  { value: "going-out", label: "Going out" },
  { value: "talking", label: "Talking" },
  { value: "making", label: "Making something" },
] as const;
export type IdeaKind = (typeof IDEA_KINDS)[number]["value"];

export const EFFORTS = [
  { value: "small", label: "Small: an hour or less" },
  { value: "medium", label: "Medium: an evening" },
  { value: "big", label: "Big: a day or more" },
] as const;
export type Effort = (typeof EFFORTS)[number]["value"];

export type BuiltInIdea = { slug: string; title: string; kind: IdeaKind; effort: Effort };

export const BUILT_IN_IDEAS: readonly BuiltInIdea[] = [
  { slug: "cook-together", title: "Cook a new recipe together", kind: "at-home", effort: "medium" },
  { slug: "film-night", title: "A film night, phones in another room", kind: "at-home", effort: "medium" },
  { slug: "breakfast-in-bed", title: "Breakfast in bed", kind: "at-home", effort: "small" },
  { slug: "board-game", title: "Play a board game or cards", kind: "at-home", effort: "small" },
  { slug: "old-photos", title: "Look through old photos together", kind: "at-home", effort: "small" },
  { slug: "read-aloud", title: "Read to each other", kind: "at-home", effort: "small" },
  {
    slug: "dance-kitchen",
    title: "Dance in the kitchen to a song you both like",
    kind: "at-home",
    effort: "small",
  },
  { slug: "evening-walk", title: "An evening walk, no destination", kind: "outdoors", effort: "small" },
  { slug: "picnic", title: "A picnic in a park", kind: "outdoors", effort: "medium" },
  { slug: "sunrise", title: "Watch the sunrise (or the sunset) together", kind: "outdoors", effort: "small" },
  { slug: "hike", title: "A day's hike", kind: "outdoors", effort: "big" },
  { slug: "bike-ride", title: "A bike ride", kind: "outdoors", effort: "medium" },
  { slug: "stargazing", title: "Stargazing away from the city lights", kind: "outdoors", effort: "medium" },
  { slug: "garden", title: "Plant something together", kind: "outdoors", effort: "small" },
  { slug: "first-date-place", title: "Go back to where you first met", kind: "going-out", effort: "medium" },
  {
    slug: "new-restaurant",
    title: "Try a restaurant neither of you knows",
    kind: "going-out",
    effort: "medium",
  },
  { slug: "museum", title: "A museum or a gallery", kind: "going-out", effort: "medium" },
  { slug: "live-music", title: "Live music", kind: "going-out", effort: "medium" },
  { slug: "day-trip", title: "A day trip to a town you've never seen", kind: "going-out", effort: "big" },
  { slug: "weekend-away", title: "A weekend away", kind: "going-out", effort: "big" },
  { slug: "coffee-date", title: "Coffee somewhere new", kind: "going-out", effort: "small" },
  { slug: "class", title: "A class together (dance, pottery, a language)", kind: "going-out", effort: "big" },
  {
    slug: "questions",
    title: "Ask each other questions you've never asked",
    kind: "talking",
    effort: "small",
  },
  { slug: "dreams", title: "Talk about a dream for the next five years", kind: "talking", effort: "small" },
  { slug: "gratitude", title: "Three things I'm grateful for about you", kind: "talking", effort: "small" },
  {
    slug: "memory-lane",
    title: "Tell each other a favourite memory of us",
    kind: "talking",
    effort: "small",
  },
  { slug: "tea-talk", title: "Tea and twenty minutes of talk, no screens", kind: "talking", effort: "small" },
  { slug: "letters", title: "Write each other a letter, then read them", kind: "making", effort: "medium" },
  { slug: "playlist", title: "Make a playlist for each other", kind: "making", effort: "small" },
  { slug: "build-something", title: "Build or fix something together", kind: "making", effort: "medium" },
  { slug: "bake", title: "Bake something from one of your families", kind: "making", effort: "medium" },
  {
    slug: "photo-walk",
    title: "A photo walk: each takes five photos of the other's choosing",
    kind: "making",
    effort: "medium",
  },
  { slug: "volunteer", title: "Volunteer together for a day", kind: "making", effort: "big" },
];

export const BUILT_IN_PREFIX = "builtin:";
export const builtInKey = (slug: string) => `${BUILT_IN_PREFIX}${slug}`;
export const builtInIdea = (key: string): BuiltInIdea | undefined =>
  key.startsWith(BUILT_IN_PREFIX)
    ? BUILT_IN_IDEAS.find((i) => i.slug === key.slice(BUILT_IN_PREFIX.length))
    : undefined;
