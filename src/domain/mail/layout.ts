// The one layout of every mail: an HTML part and a plain-text part built from the same blocks, so
// the two always say the same thing. Plain templates rather than React Email: a mail is a heading,
// a few sentences and at most one button, and this keeps rendering synchronous and dependency-free
// inside the transaction that queues the mail (README, "Email").
//
// The HTML is narrow-client friendly: one centred column at most 480 px wide, tables for layout
// (what Outlook understands), system fonts, no images, no remote content, colours with enough
// contrast in light and dark clients.

export type MailContent = {
  subject: string;
  /** Shown as the mail's first line (and hidden preview text in many clients). */
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the button: why the mail came, how to stop it. */
  footer?: string[];
};

export type RenderedMail = { subject: string; html: string; text: string };

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

export function renderMail(content: MailContent): RenderedMail {
  return { subject: content.subject, html: html(content), text: text(content) };
}

function text(c: MailContent): string {
  const lines = [c.heading, "", ...c.paragraphs.flatMap((p) => [p, ""])];
  if (c.action) lines.push(`${c.action.label}:`, c.action.url, "");
  if (c.footer?.length) lines.push("--", ...c.footer);
  return `${lines.join("\n").trim()}\n`;
}

function html(c: MailContent): string {
  const p = (s: string) =>
    `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:#1f2937;overflow-wrap:anywhere">${escapeHtml(s)}</p>`;
  const button = c.action
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px"><tr><td style="border-radius:8px;background:#0f766e"><a href="${escapeHtml(c.action.url)}" style="display:inline-block;padding:12px 20px;font-size:16px;color:#ffffff;text-decoration:none;border-radius:8px">${escapeHtml(c.action.label)}</a></td></tr></table>
<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:#4b5563;overflow-wrap:anywhere">Or open this address: ${escapeHtml(c.action.url)}</p>`
    : "";
  const footer = (c.footer ?? [])
    .map(
      (s) =>
        `<p style="margin:0 0 8px;font-size:13px;line-height:1.5;color:#4b5563;overflow-wrap:anywhere">${escapeHtml(s)}</p>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light"><title>${escapeHtml(c.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:480px;background:#ffffff;border-radius:12px"><tr><td style="padding:24px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<p style="margin:0 0 16px;font-size:14px;color:#0f766e;font-weight:600">Kept</p>
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;color:#111827;font-weight:600;overflow-wrap:anywhere">${escapeHtml(c.heading)}</h1>
${c.paragraphs.map(p).join("\n")}
${button}
${footer ? `<hr style="border:none;border-top:1px solid #e7e5e4;margin:16px 0">${footer}` : ""}
</td></tr></table>
</td></tr></table>
</body></html>
`;
}
