// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultlexicon.h"

namespace Yardstick {

// Weights say how sure a phrase makes an analyst: 3 for a phrase that on its
// own names the complaint ("nobody called back", "wrong amount"), 2 for a
// word that usually does ("late", "statement"), 1 for context (a bare
// duration). A letter about an unanswered letter always mentions how long
// ago it wrote, so durations weigh least and "no reply" outweighs "three
// weeks". Negative weights are praise: "the card came quickly" argues
// against timeliness being the complaint. Weight 0 marks a stock phrase
// that says nothing ("pay in full and on time") so its words are not read
// as signals.
QList<LexiconTerm> englishDefaultTerms()
{
    QList<LexiconTerm> terms;
    LexiconWriter w("en", terms);
    constexpr auto D = LexiconTarget::Dimension;
    constexpr auto S = LexiconTarget::Service;
    constexpr auto V = LexiconTarget::Severity;

    // --- Timeliness: late, slow, still waiting --------------------------
    w.add(D, "timeliness", 3,
          {"still haven't received",
           "still have not received",
           "still not received",
           "still not arrived",
           "still has not arrived",
           "still hasn't arrived",
           "has still not arrived",
           "have still not received",
           "still no card",
           "still have no card",
           "still waiting",
           "still waiting for",
           "still not appeared",
           "has still not appeared",
           "still not on my account",
           "still do not know whether",
           "not yet received",
           "not yet arrived",
           "far too long",
           "took # days",
           "took # weeks",
           "took # months",
           "taken # days",
           "taken # weeks",
           "took you # days",
           "took you # weeks",
           "after the due date",
           "after the payment due date",
           "past the due date",
           "arrived late",
           "came late",
           "delivered late",
           "too late",
           "dragged on",
           "for hours",
           "by which time",
           "by then",
           "delay",
           "delayed",
           "delays",
           "overdue",
           "could not pay on time"});
    w.add(D, "timeliness", 2,
          {"late", "slow", "too long", "so long", "this long", "ages", "waiting", "waited",
           "not arrived", "has not arrived", "hasn't arrived", "have not received",
           "haven't received", "not received", "card not received", "never arrived",
           "yet to arrive", "in the meantime", "meanwhile"});
    w.add(D, "timeliness", 1,
          {"# days", "# weeks", "# months", "# days later", "# weeks later", "# days ago",
           "# weeks ago", "# months ago", "a week", "a month", "weeks ago", "days later",
           "weeks later", "months ago", "since then", "a decision", "a few days"});
    // Praise: the customer is not complaining about the speed.
    w.add(D, "timeliness", -2,
          {"came quickly", "arrived quickly", "came promptly", "arrived promptly", "was quick",
           "were quick", "delivered quickly", "sent quickly", "dealt with quickly",
           "on the same day", "resolve my complaint in the end"});

    // A fee's name, not a delay: "charged a late fee" says nothing about
    // what came late.
    w.add(D, "timeliness", 0, {"late fee", "late fees", "late payment fee", "late charge"});

    // --- Accuracy: something was wrong -----------------------------------
    w.add(D, "accuracy", 3,
          {"wrong",
           "incorrect",
           "incorrectly",
           "inaccurate",
           "mistake",
           "mistaken",
           "error",
           "errors",
           "misspel*",
           "spelt wrong",
           "spelled wrong",
           "wrong amount",
           "wrong address",
           "wrong name",
           "wrong date",
           "wrong fee",
           "wrong account",
           "wrong card",
           "wrong one",
           "someone else's account",
           "someone else's",
           "different amount",
           "different card",
           "does not match",
           "do not match",
           "doesn't match",
           "don't match",
           "do not belong together",
           "charged twice",
           "appear twice",
           "appears twice",
           "debited twice",
           "double charged",
           "duplicate",
           "duplicated",
           "overcharged",
           "not mine",
           "never asked",
           "instead of",
           "should never have been",
           "not correct",
           "is not right",
           "discrepancy",
           "the other one",
           "half the change",
           "only part of it",
           "add up to",
           "does not add up",
           "higher than the balance",
           "which figure",
           "free for life",
           "although i paid",
           "even though i paid",
           "old address",
           "to my old address",
           "to the old address",
           "still go to"});
    w.add(D, "accuracy", 2,
          {"does not work", "doesn't work", "not work", "disappeared", "do not understand how",
           "well before the due date", "was declined", "is declined", "reduced my credit limit",
           "without any explanation", "blocked the other", "quotes", "quoted"});

    // --- Responsiveness: no reply, no call-back, passed around ------------
    w.add(D, "responsiveness", 3,
          {"nobody answered",
           "nobody has answered",
           "no answer",
           "no reply",
           "no response",
           "no replies",
           "not had a reply",
           "not had a single reply",
           "had no reply",
           "not even an acknowledgement",
           "no acknowledgement",
           "no confirmation",
           "not heard",
           "heard nothing",
           "heard nothing at all",
           "not heard back",
           "nobody has replied",
           "nobody replied",
           "nobody has written back",
           "nobody wrote back",
           "nobody called back",
           "nobody called",
           "nobody has called",
           "nobody has ever called",
           "nobody has contacted",
           "nobody contacted",
           "no one has",
           "no one called",
           "no one has called",
           "no one has contacted",
           "no one can tell me",
           "nobody can tell me",
           "nobody seems",
           "nobody is willing",
           "no one is willing",
           "no one has told me",
           "nobody has told me",
           "nobody has",
           "no one has ever",
           "never called",
           "never rang",
           "never called back",
           "never got back",
           "promised a call back",
           "promised to call",
           "promised to ring",
           "ring me back",
           "get back to me",
           "got back to me",
           "passed from",
           "passed from desk to desk",
           "desk to desk",
           "from one department to another",
           "transferred",
           "put on hold",
           "kept on hold",
           "on hold",
           "cut off",
           "hung up",
           "ignored",
           "unanswered",
           "automatic reply",
           "is anyone reading",
           "could not help",
           "couldn't help",
           "cannot help",
           "unable to help",
           "not willing to help",
           "unwilling",
           "take responsibility",
           "own the problem",
           "without anyone contacting",
           "without contacting me",
           "closed without",
           "still have no reply",
           "nothing has been sent",
           "have had no answer",
           "not a single reply",
           "writing again",
           "written twice",
           "wrote twice",
           "asked twice",
           "called twice",
           "rang twice",
           "nobody answers",
           "still no reply",
           "not replied",
           "not responded",
           "has not replied",
           "has not responded",
           "haven't replied",
           "hasn't replied",
           "hasn't responded",
           "not been answered"});
    w.add(D, "responsiveness", 2,
          {"call me back",
           "call back",
           "called back",
           "calls back",
           "acknowledgement",
           "contact me",
           "being looked at",
           "look into it",
           "sent me to",
           "someone else would",
           "another number to ring",
           "ignores",
           "simply been ignored",
           "told me yes or no",
           "called # times",
           "phoned # times",
           "rang # times",
           "wrote # times",
           "sent # e-mails",
           "sent # emails"});

    // --- SERVQUAL dimensions, where a letter is about them ----------------
    w.add(D, "assurance", 2,
          {"rude", "impolite", "unprofessional", "incompetent", "did not know what",
           "didn't know what", "no idea what", "do not trust", "don't trust", "lost trust",
           "lose trust", "not safe", "unsafe", "insecure", "anyone could have used it", "privacy",
           "confidential", "data protection"});
    w.add(D, "empathy", 2,
          {"did not care", "didn't care", "doesn't care", "does not care", "nobody cares",
           "no sympathy", "no understanding", "my situation", "treated like a number",
           "personal attention", "my circumstances", "bereavement", "hospital", "disabled",
           "elderly"});
    w.add(D, "tangibles", 1,
          {"website", "web site", "online form", "app crashed", "the app", "confusing form",
           "hard to read", "unreadable", "illegible", "layout", "waiting room", "branch was",
           "card reader", "paperwork"});
    w.add(D, "reliability", 1,
          {"again and again", "every month", "second month running", "keeps happening",
           "happened again", "same problem", "same mistake", "not the first time", "time and again",
           "repeatedly", "as promised", "what you promised", "broken promise", "promised"});

    // --- Services (the reference codes) -----------------------------------
    w.add(S, "APP", 3,
          {"my application", "card application", "application form", "being processed",
           "opening a new account", "open an account", "account was opened", "applied for",
           "credit check", "approval letter"});
    // An approval mentioned before what went wrong next is context.
    w.add(S, "APP", 2,
          {"application", "applied", "apply", "approved", "approval", "application was approved"});
    w.add(S, "APP", 1, {"decision", "documents", "new account"});
    w.add(S, "NEW", 3,
          {"my new card", "first card", "welcome letter", "welcome pack", "card itself",
           "card would follow", "activation", "card and pin", "the pin"});
    // Any card that is sent is new to its holder; a replacement says so.
    w.add(S, "NEW", 2, {"new card"});
    w.add(S, "NEW", 1, {"pin", "activate", "never arrived", "card was delivered"});
    w.add(S, "REP", 3,
          {"replacement", "replacement card", "replace my card", "reissue", "reissued", "damaged",
           "worn card", "my worn", "card damaged", "new card to replace"});
    w.add(S, "REP", 2, {"replace", "expiry date", "old card"});
    w.add(S, "BIL", 3,
          {"statement", "statements", "monthly statement", "my statement", "closing date",
           "minimum payment", "copy of my statement", "e-statement", "paper statement",
           "bill has come late", "the bill"});
    w.add(S, "BIL", 1, {"bill", "billing", "due date", "balance"});
    w.add(S, "INQ", 3,
          {"inquiry", "enquiry", "my inquiry", "my enquiry", "query", "my query", "to ask about",
           "asked about", "ask about", "my question", "billing question", "asking about",
           "item on my bill", "charge on my statement", "item on my statement", "about a charge",
           "about the charge", "about the interest"});
    w.add(S, "INQ", 2, {"question", "questions", "explain", "e-mails about", "emails about"});
    w.add(S, "ADR", 3,
          {"address change", "change of address", "changed my address", "change my address",
           "changing an address", "change the address", "new address", "moved house",
           "house number", "address change form"});
    w.add(S, "ADR", 2, {"moved", "old flat"});
    w.add(S, "ADR", 1, {"address", "landlord"});
    // Every letter is a complaint: the complaint-handling service is the one
    // complained about when the earlier complaint went unanswered or wrong.
    w.add(S, "CMP", 3,
          {"complaint was closed", "complained", "goodwill", "my third letter", "third letter",
           "same problem", "reply to my complaint", "resolve my complaint", "my last complaint",
           "my previous complaint", "my earlier complaint", "received my complaint",
           "handled my complaint", "handling of my complaint"});
    w.add(S, "CMP", 2, {"my complaint", "survey", "my first letter"});
    w.add(S, "CMP", 0, {"formal complaint", "complaint"});
    w.add(S, "FEE", 3,
          {"annual fee", "foreign transaction fee", "over-limit fee", "service fee",
           "refund the fee", "fee was charged", "fee for", "waive", "waived", "fee charged",
           "charged a fee", "fee was added"});
    w.add(S, "FEE", 2, {"fee", "fees", "fee of", "late fee"});
    w.add(S, "PAY", 3,
          {"my payment", "payment of", "payment was credited", "post it", "posted", "posting",
           "money left my account", "bank reference", "bank confirms", "direct debit",
           "credited to"});
    w.add(S, "PAY", 1, {"payment", "paid", "credited", "i paid", "paid on"});
    w.add(S, "CLR", 3,
          {"credit limit", "limit increase", "higher credit limit", "higher limit",
           "raise my limit", "increase my limit", "credit line", "limit was reduced"});
    w.add(S, "CLR", 2, {"limit"});
    w.add(S, "LST", 3,
          {"report my card lost", "reported my card lost", "report my card stolen",
           "reported my card stolen", "card lost", "card stolen", "thief", "the block",
           "block the card", "blocked", "card was lost"});
    w.add(S, "LST", 2, {"lost", "stolen", "fraud", "fraudulent", "unauthorised", "unauthorized"});
    w.add(S, "DSP", 3,
          {"dispute", "disputed", "my dispute", "chargeback", "merchant", "the dispute",
           "online shop"});
    w.add(S, "DSP", 1, {"disputes", "goods", "signed for"});
    // Stock phrases that say nothing about which service or dimension.
    w.add(S, "PAY", 0, {"pay my balance in full", "in full and on time"});

    // --- Severity --------------------------------------------------------
    w.add(V, "high", 1,
          {"close my account", "closing my account", "cancel my card", "cancel my account",
           "cancel the card", "lawyer", "solicitor", "legal action", "take legal", "ombudsman",
           "regulator", "financial conduct authority", "fraud", "fraudulent", "stolen", "thief",
           "take my business elsewhere", "take my business to", "trading standards"});
    w.add(V, "medium", 1,
          {"formal complaint",
           "third letter",
           "third time",
           "unacceptable",
           "another card company",
           "other card companies",
           "another bank",
           "disappointed",
           "disappointing",
           "second month running",
           "not the first time",
           "furious",
           "appalling",
           "disgraceful",
           "outrageous",
           "disgusted",
           "complain",
           "at my own expense",
           "charged interest",
           "late fee"});
    return terms;
}

} // namespace Yardstick
