// The calm words beside each field of an amends. One place, so the help page and the form agree.
export const AMENDS_GUIDANCE = {
  intro:
    "An amends is an honest account, not a debt to pay off: nothing here is scored or counted. Your partner answers when they're ready, and “not yet” is a fine answer.",
  whatIDid: {
    label: "What I did",
    hint: "Say what you did, plainly and in your own words. Leave out the reasons for now; they can come later, if they're asked for.",
  },
  impact: {
    label: "The impact I understand it had on you",
    hint: "Name how it may have affected your partner, as you understand it. You don't have to get it exactly right: they can tell you more.",
  },
  different: {
    label: "What I will do differently",
    hint: "One or two concrete things, from now on. Small and specific is kinder than big and vague.",
  },
} as const;
