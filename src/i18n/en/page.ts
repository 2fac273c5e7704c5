/** English strings that only the server renders (page chrome, method, sources): never shipped to the browser. */
export const page = {
  who: {
    heading: 'Who may get grants and discounts',
    summary:
      'Paid staff and unpaid leaders (such as board members) may receive granted, free licences; all staff and volunteers may buy at the nonprofit discount. Public libraries and public museums qualify like nonprofits.',
    table: {
      caption: 'Who may receive nonprofit licences',
      person: 'Person',
      grant: 'Grant (free)',
      discount: 'Discount',
      yes: 'Yes',
      no: 'No',
      rows: {
        staff: 'Paid staff and unpaid leaders',
        volunteers: 'Volunteers',
        others: 'Programme participants, members, donors',
      },
    },
    guests: 'Volunteers can also be invited free as guests with a personal Microsoft account; a discounted licence gives them full Microsoft 365 and an organisation mailbox.',
    portal:
      'The "Non-Profit-Portal" licence you may see in the admin centre is administrative: it lets the person who manages your nonprofit offers into the portal (the first person to register gets it). It is not a seat to count or buy.',
  },

  site: {
    title: 'Nonprofit Microsoft Cost Calculator',
    description: "What Microsoft's nonprofit offers cost your organisation, and what you save against commercial prices.",
    skipToContent: 'Skip to the calculation',
    footer: 'Prices in US dollars per user per month on an annual commitment; Microsoft bills the equivalent in local currency.',
  },

  method: {
    heading: 'How this is calculated',
    points: [
      'Who may get a grant: paid staff and unpaid leaders. Volunteers may buy at the discount but never receive grants; programme participants, members and donors are not eligible for nonprofit licences.',
      'Granted seats come first: only paid staff and unpaid leaders may receive them, up to the grant for your purchase channel.',
      'Every other seat, volunteers included, pays the discounted nonprofit price; the commercial comparison prices every seat at the list price.',
      'An existing subscription pays the prices in force on the first day of its current annual term, so a price change reaches it at its next renewal.',
      'Each line is rounded to the cent (half up); totals are the sums of the rounded lines.',
    ],
  },

  sources: {
    heading: 'Sources',
    intro: 'Every figure in the calculator comes from one of these. Figures of medium confidence say so where they appear.',
  },
};
