// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostandardspecs.h"

#include "model/basis.h"

namespace Yardstick {

namespace {

// Short names keep each standard on a few lines of the table below.
constexpr int CE = int(BasisFlag::CustomerExpectation);
constexpr int CO = int(BasisFlag::Competition);
constexpr int CA = int(BasisFlag::Capability);
constexpr int EC = int(BasisFlag::Economics);

constexpr const char *kT = "timeliness";
constexpr const char *kA = "accuracy";
constexpr const char *kR = "responsiveness";
constexpr const char *kRel = "reliability";
constexpr const char *kAss = "assurance";
constexpr const char *kEmp = "empathy";
constexpr const char *kTan = "tangibles";

constexpr Metric Days = Metric::TurnaroundDays;
constexpr Metric Hours = Metric::TurnaroundHours;
constexpr Metric Rft = Metric::RightFirstTimePct;
constexpr Metric Err = Metric::ErrorRatePct;
constexpr Metric Per1000 = Metric::CountPer1000;
constexpr Metric Survey = Metric::SurveyScore;
constexpr Metric Audit = Metric::AuditScore;

constexpr DemoProfile Cases = DemoProfile::FromCases;
constexpr DemoProfile Letters = DemoProfile::FromLetters;
constexpr DemoProfile Audits = DemoProfile::FromAudits;
constexpr DemoProfile Surveys = DemoProfile::FromSurveys;
constexpr DemoProfile Met = DemoProfile::Met;
constexpr DemoProfile Improved = DemoProfile::Improved;
constexpr DemoProfile Drifting = DemoProfile::Drifting;
constexpr DemoProfile Breached = DemoProfile::Breached;
constexpr DemoProfile Borderline = DemoProfile::Borderline;

constexpr DemoSince Existing = DemoSince::Existing;
constexpr DemoSince Competitor = DemoSince::Competitor;
constexpr DemoSince Review = DemoSince::Review;
constexpr DemoSince Programme = DemoSince::Programme;

constexpr int kAuditSample = 50;  // files pulled for audit each week
constexpr int kSurveySample = 40; // follow-up calls completed each week

// clang-format off
const DemoStandardSpec kSpecs[] = {
    // --- Application processing (New Accounts) -------------------------------------------
    {"APP", kT, "Mean application processing time", Days, "mean", 15, 20, Cases, CE | CO | EC,
     "Cardholders told us two weeks is the longest they will wait for a decision, competitors "
     "decide in about two weeks, and each day earlier a card arrives brings about US$0.33 per card.",
     Programme, 0, 30, 40},
    {"APP", kT, "Share of applications decided within 20 days", Days, "within:20", 80, 70, Cases,
     CE | CA, "The mean hides the applicants who wait longest; most tolerate three weeks, so this "
     "counts how many still wait longer than that."},
    {"APP", kT, "Mean credit-bureau enquiry time", Hours, "mean", 4, 8, Met, CA,
     "The bureau answers most enquiries within the hour; four hours leaves room for retries "
     "without holding up the decision.", Existing},
    {"APP", kT, "Share of incomplete applications followed up within 2 days", Days, "within:2",
     95, 90, Improved, CE | EC,
     "An incomplete application left in a tray was the biggest single cause of delay; chasing it "
     "at once saves the applicant a week.", Programme, 25},
    {"APP", kT, "Share of decline letters mailed within 5 days of the decision", Days, "within:5",
     95, 90, Met, CE,
     "Declined applicants deserve a quick answer too, and a prompt letter heads off inquiries "
     "and complaints.", Programme, 30},
    {"APP", kA, "Applications processed right first time", Rft, "mean", 92, 88, Cases, CE | EC,
     "Every application sent back for rework adds days for the applicant and a second handling "
     "cost for us."},
    {"APP", kA, "Keying errors per 1,000 applications", Per1000, "mean", 5, 8, Improved, CE | CA,
     "Keying errors surface later as misspelt names and wrong addresses on cards and "
     "statements, the accuracy faults customers notice most."},
    {"APP", kA, "Credit-decision audit score", Audit, "mean", 95, 90, Met, CA | EC,
     "Decisions must follow the credit policy; a weekly audit of fifty files shows whether "
     "speed is being bought with bad decisions.", Programme, kAuditSample},
    {"APP", kA, "Accounts opened with a wrong credit limit, per 1,000 applications", Per1000,
     "mean", 1, 2, Met, CE | EC,
     "A wrong limit either embarrasses the cardholder at the till or exposes the division to "
     "losses it never agreed to carry."},
    {"APP", kA, "Name or address mismatches against the application form", Err, "mean", 0.5, 1.0,
     Drifting, CE,
     "The name and address on the account must match the form exactly; customers notice every "
     "mistake, and a wrong address delays the card."},
    {"APP", kR, "Applicant status queries answered within 2 days", Days, "within:2", 90, 80,
     Improved, CE | CO,
     "Applicants who ask about progress expect an answer within two days, which is what "
     "competitors give.", Programme, 60},
    {"APP", kR, "Promised call-backs to applicants not made, per 1,000 applications", Per1000,
     "mean", 2, 4, Improved, CE,
     "A promised call-back that never comes turns an anxious applicant into a complainant."},
    {"APP", kR, "Complaints about application processing answered within 5 days", Days,
     "within:5", 90, 80, Improved, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 12},
    {"APP", kR, "Application desk behaviour checklist score", Audit, "mean", 90, 85, Audits, CE | CA,
     "Supervisors rate recorded calls for a greeting, a prompt answer and a helpful attitude, "
     "the behaviours applicants mention in their letters.", Review, 30},
    {"APP", kRel, "New-applicant survey gap, reliability", Survey, "mean", -0.5, -1.0, Surveys,
     CE, "Reliability weighs most (32%) in what customers value; the gap between what applicants "
     "expected and what they got should close as the programme takes hold.", Programme,
     kSurveySample},
    {"APP", kT, "Share of pre-approved offer replies processed within 5 days", Days, "within:5",
     95, 90, Met, CO, "Competitors turn a pre-approved reply into a card within a week; the "
     "reply is the easiest sale we will ever make.", Competitor, 40},
    {"APP", kA, "Applications declined in error, per 1,000 applications", Per1000, "mean", 1, 2,
     Met, CE | EC, "A good applicant wrongly declined goes to a competitor and tells friends why."},

    // --- New-card issuance (Card Production) ----------------------------------------------
    {"NEW", kT, "Mean time from approval to new card mailed", Days, "mean", 2, 3, Improved,
     CE | EC,
     "Each day earlier a card arrives brings about US$0.33 per card, and a holder who has the "
     "card on time does not reach for a competitor's."},
    {"NEW", kT, "Share of new cards mailed within 2 days of approval", Days, "within:2", 95, 90,
     Improved, CE | CO | EC, "Competitors mail new cards within two days of approval; so must we."},
    {"NEW", kT, "Mean embossing queue time", Hours, "mean", 8, 16, Met, CA,
     "The embossing line runs two shifts, so a card approved in the morning can be embossed the "
     "same day."},
    {"NEW", kT, "Share of PIN mailers sent within 1 day of the card", Days, "within:1", 98, 95,
     Met, CE,
     "A card without its PIN is useless to the holder; the two must arrive close together but "
     "never in the same envelope."},
    {"NEW", kT, "Mean time for a new card to reach the holder", Days, "mean", 5, 7, Improved,
     CE | EC,
     "Mail takes about three days; the standard covers embossing, mailing and delivery, which is "
     "what the holder experiences."},
    {"NEW", kT, "Key-customer new cards mailed within 1 day", Days, "within:1", 95, 90, Met,
     CE | EC,
     "Key accounts go through the red channel: their cards are embossed first, because losing "
     "one costs more than a day's overtime.", Competitor, 6},
    {"NEW", kA, "New cards issued right first time", Rft, "mean", 99, 98, Met, CE | EC,
     "A reissued card costs about US$4 in plastic and postage and a week of the holder's "
     "patience."},
    {"NEW", kA, "Misspelt names on new cards, per 1,000 cards", Per1000, "mean", 0.5, 1.0,
     Drifting, CE,
     "Customers read their own name first; a misspelt name is the accuracy error they complain "
     "about most."},
    {"NEW", kA, "New cards mailed to a wrong address, per 1,000 cards", Per1000, "mean", 0.2, 0.5,
     Met, CE | EC, "A card at the wrong address is a fraud risk as well as a delay."},
    {"NEW", kA, "Embossing quality audit score", Audit, "mean", 97, 94, Met, CA,
     "Sampled cards are checked for legible embossing, the right expiry date and a working chip.",
     Existing, kAuditSample},
    {"NEW", kA, "PIN mailers matched to the wrong card", Err, "mean", 0.05, 0.1, Met, CE | EC,
     "A PIN that does not work makes the card fail at the first purchase, the worst possible "
     "first impression."},
    {"NEW", kR, "Card-status queries resolved on first contact", Rft, "mean", 90, 85, Improved, CE,
     "Holders waiting for a card want a date, not a promise to find out.", Programme, 45},
    {"NEW", kR, "Undelivered new cards followed up within 2 days", Days, "within:2", 95, 85,
     Breached, CE | EC,
     "A card returned by the post office means a customer still waiting; contacting them "
     "quickly saves the account.", Programme, 8},
    {"NEW", kR, "Activation help requests answered within 1 day", Days, "within:1", 95, 90, Met,
     CE | CO, "Competitors answer activation problems the same day; a card that cannot be "
     "activated earns nothing.", Competitor, 70},
    {"NEW", kR, "Complaints about new cards answered within 5 days", Days, "within:5", 90, 80,
     Met, CE, "Customers named action on complaints as one of the three things they care most "
     "about.", Programme, 10},
    {"NEW", kTan, "Card-arrival survey gap, tangibles", Survey, "mean", -0.3, -0.8, Surveys, CE,
     "Tangibles weigh least (11%), but the card and its mailer are the first things a new holder "
     "sees of the division.", Programme, kSurveySample},
    {"NEW", kA, "Welcome packs with missing or wrong documents, per 1,000 cards", Per1000, "mean",
     1, 2, Met, CE, "The welcome pack carries the cardholder agreement and fee schedule; a wrong "
     "one causes fee disputes months later."},
    {"NEW", kRel, "New-card survey gap, reliability", Survey, "mean", -0.4, -0.9, Surveys, CE,
     "Reliability weighs most (32%): the card arriving when the welcome letter said it would.",
     Programme, kSurveySample},

    // --- Card replacement (Card Production) -----------------------------------------------
    {"REP", kT, "Mean card replacement time", Days, "mean", 2, 4, Cases, CE | CO | EC,
     "Cardholders without a card cannot spend: each day earlier a replacement arrives brings "
     "about US$0.33 per card, and a competitor's card is only a telephone call away.",
     Programme, 0, 14, 18},
    {"REP", kT, "Share of replacement cards mailed within 3 days", Days, "within:3", 85, 75, Cases,
     CE | CA, "The mean hides the cardholders who wait longest; three days is as long as most "
     "will manage without a card."},
    {"REP", kT, "Mean postal delivery time of replacement cards", Days, "mean", 3, 4, Met, CA,
     "Delivery is in the carrier's hands, but we track it and change carriers when it slips."},
    {"REP", kT, "Emergency replacements delivered within 1 day", Days, "within:1", 95, 90,
     Borderline, CE | CO,
     "Competitors courier an emergency card anywhere within a day, and holders stranded abroad "
     "expect the same.", Competitor, 15},
    {"REP", kT, "Renewal cards mailed less than 30 days before expiry", Err, "mean", 1, 3, Met,
     CE | EC, "A renewal that arrives after the old card expires stops the holder's spending at "
     "the till.", Existing},
    {"REP", kA, "Replacement cards issued right first time", Rft, "mean", 97, 94, Cases, CE | EC,
     "A second replacement doubles the cost and the wait; cardholders judge us by the first one."},
    {"REP", kA, "Replacement cards sent to an outdated address, per 1,000 replacements", Per1000,
     "mean", 1, 2, Drifting, CE | EC, "A replacement sent to the old address is a second lost "
     "card, and a fraud risk."},
    {"REP", kA, "Replacement cards with a wrong name or expiry date, per 1,000 replacements",
     Per1000, "mean", 0.5, 1.0, Met, CE,
     "A card that does not match the holder's documents is refused abroad and online."},
    {"REP", kA, "Replacements mailed before the old card was blocked", Err, "mean", 0.1, 0.3, Met,
     EC, "An old card still open when its replacement is mailed invites fraud the division "
     "pays for.", Existing},
    {"REP", kR, "Replacement requests acknowledged within 1 day", Days, "within:1", 98, 95,
     Improved, CE, "A cardholder who reports a damaged card wants to know at once that a new one "
     "is on its way."},
    {"REP", kR, "Replacement status queries resolved on first contact", Rft, "mean", 90, 85,
     Improved, CE | CO, "Holders without a card want an answer on the first call, as competitors "
     "give.", Programme, 35},
    {"REP", kR, "Promised call-backs on replacements not made, per 1,000 requests", Per1000,
     "mean", 3, 6, Borderline, CE,
     "Customers wrote that promised call-backs never came; each broken promise becomes a "
     "complaint."},
    {"REP", kR, "Complaints about card replacement answered within 5 days", Days, "within:5", 90,
     80, Improved, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 9},
    {"REP", kRel, "Replacement survey gap, reliability", Survey, "mean", -0.4, -0.9, Surveys, CE,
     "Reliability weighs most (32%); a replacement that arrives when promised is what holders "
     "mean by it.", Programme, kSurveySample},
    {"REP", kT, "Share of replacement PINs mailed within 1 day of the card", Days, "within:1", 98,
     95, Met, CE, "A replacement card with a new PIN is useless until the PIN arrives.",
     Programme, 30},

    // --- Billing statement delivery (Billing Operations) ----------------------------------
    {"BIL", kT, "Share of statements mailed within 2 days of the cycle date", Days, "within:2", 99,
     97, Drifting, CE | EC,
     "Cardholders expect the bill on time; a statement that arrives after the due date earns a "
     "late fee the customer blames on us.", Existing},
    {"BIL", kT, "Mean statement production time", Hours, "mean", 18, 24, Met, CA,
     "Print runs overnight, so a cycle closed in the evening can be in the mail the next day."},
    {"BIL", kT, "Statements arriving less than 14 days before the due date", Err, "mean", 1, 2,
     Drifting, CE | EC,
     "Customers need two weeks to check the bill and pay; late statements cause late fees, "
     "waivers and complaints."},
    {"BIL", kT, "E-statements available within 1 day of the cycle date", Days, "within:1", 99.5,
     98, Met, CE | CO, "Competitors post e-statements the morning after the cycle closes.",
     Competitor},
    {"BIL", kT, "Mean delay of reprinted statements", Days, "mean", 2, 3, Met, CA,
     "A reprint must still reach the holder well before the due date.", Programme, 300},
    {"BIL", kA, "Statement address errors per 1,000 statements", Per1000, "mean", 0.5, 1.0,
     Improved, CE | EC,
     "A statement at the wrong address is both late and a breach of the cardholder's privacy."},
    {"BIL", kA, "Statements with a wrong balance or minimum payment, per 1,000 statements",
     Per1000, "mean", 0.1, 0.3, Met, CE | EC,
     "A wrong amount on a bill destroys trust in every other figure on it."},
    {"BIL", kA, "Statements reprinted because of print faults", Err, "mean", 0.3, 0.6, Met,
     CA | EC, "Each reprint costs paper, postage and two days of the holder's time to pay."},
    {"BIL", kA, "Statement print quality audit score", Audit, "mean", 98, 95, Met, CA,
     "Sampled statements are checked for legibility, complete pages and the right insert.",
     Existing, kAuditSample},
    {"BIL", kA, "Transactions billed in the wrong statement cycle, per 1,000 statements", Per1000,
     "mean", 0.3, 0.6, Borderline, CE,
     "A purchase billed a month late confuses the holder and prompts a bill inquiry."},
    {"BIL", kR, "Returned statements traced within 5 days", Days, "within:5", 90, 80, Improved,
     CE | EC,
     "A returned statement means a cardholder who will miss a payment unless we find them.",
     Programme, 400},
    {"BIL", kR, "Duplicate statement requests sent within 2 days", Days, "within:2", 95, 90, Met,
     CE, "A holder who asks for a copy usually needs it to pay before the due date.", Programme,
     800},
    {"BIL", kR, "Complaints about statements answered within 5 days", Days, "within:5", 90, 80,
     Improved, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 25},
    {"BIL", kTan, "Statement survey gap, tangibles", Survey, "mean", -0.3, -0.8, Surveys, CE,
     "A clear, readable statement is the tangible side of the service every holder sees monthly.",
     Programme, kSurveySample},
    {"BIL", kRel, "Statement survey gap, reliability", Survey, "mean", -0.4, -0.9, Surveys, CE,
     "Reliability weighs most (32%); for a statement it means the right bill on the same day "
     "each month.", Programme, kSurveySample},
    {"BIL", kA, "Statements with missing pages, per 1,000 statements", Per1000, "mean", 0.05, 0.1,
     Met, CE, "A missing page hides transactions and prompts a bill inquiry."},
    {"BIL", kT, "Missed-payment reminders sent within 1 day of the due date", Days, "within:1", 95,
     90, Met, CE | EC, "A prompt reminder lets the holder pay before interest and a second late "
     "fee accrue.", Review, 4000},

    // --- Bill-inquiry response (Customer Service) -----------------------------------------
    {"INQ", kR, "Mean inquiry response time", Days, "mean", 10, 12, Cases, CE | CO | CA,
     "Cardholders expect a written answer within about two weeks, competitors answer in ten "
     "days, and ten days is what the desk can reach once every inquiry has one owner.",
     Programme, 0, 15, 20},
    {"INQ", kR, "Share of inquiries answered within 14 days", Days, "within:14", 85, 75, Cases,
     CE | CA, "The mean hides the inquiries that wait longest; two weeks is as long as most "
     "cardholders will wait before writing again."},
    {"INQ", kR, "Share of telephone inquiries resolved on the first call", Rft, "mean", 80, 75,
     Improved, CE | CO, "Competitors advertise one-call resolution, and cardholders compare.",
     Programme, 1800},
    {"INQ", kR, "Promised call-backs not made, per 1,000 inquiries", Per1000, "mean", 5, 10,
     Improved, CE,
     "Customers wrote that promised call-backs never came; each broken promise becomes a "
     "complaint."},
    {"INQ", kR, "Inquiries passed on more than twice, per 1,000 inquiries", Per1000, "mean", 20,
     40, Drifting, CE,
     "Being passed from desk to desk is the responsiveness failure customers resent most."},
    {"INQ", kR, "Mean time to acknowledge a written inquiry", Hours, "mean", 24, 48, Improved, CE,
     "A written inquiry should be acknowledged the next working day so the customer knows it "
     "arrived."},
    {"INQ", kR, "Telephone service behaviour checklist score", Audit, "mean", 90, 85, Audits, CE | CA,
     "Supervisors rate recorded calls for a greeting, a prompt answer and a willingness to help, "
     "the behaviours customers praise or condemn in their letters.", Review, 40},
    {"INQ", kT, "Share of agreed billing corrections posted within 2 days", Days, "within:2", 95,
     90, Met, CE | EC, "A correction agreed but not posted brings interest charges and a second "
     "inquiry.", Programme, 60},
    {"INQ", kT, "Mean time to credit an agreed billing correction", Days, "mean", 2, 3, Met, CE,
     "The holder has been told the money is coming; two days is what the ledger can do.",
     Programme, 60},
    {"INQ", kA, "Inquiries answered completely in the first reply", Rft, "mean", 85, 80, Cases,
     CE | EC, "Every incomplete answer brings a second letter and doubles the handling cost."},
    {"INQ", kA, "Inquiry answers with wrong information, per 1,000 inquiries", Per1000, "mean",
     10, 20, Improved, CE | EC,
     "A wrong answer is worse than a late one: it brings a second inquiry and then a complaint."},
    {"INQ", kA, "Inquiry answer audit score", Audit, "mean", 92, 88, Met, CA,
     "Sampled replies are checked against the account: figures, dates and the promise made.",
     Programme, kAuditSample},
    {"INQ", kA, "Billing corrections applied to the wrong account, per 1,000 inquiries", Per1000,
     "mean", 0.5, 1.0, Met, CE | EC,
     "Correcting one account by debiting another creates two angry customers."},
    {"INQ", kA, "Inquiries reopened within 30 days", Err, "mean", 5, 8, Borderline, CE | EC,
     "A reopened inquiry means the first answer missed the point."},
    {"INQ", kR, "Complaints about inquiry handling answered within 5 days", Days, "within:5", 90,
     80, Improved, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 14},
    {"INQ", kR, "Inquiry follow-up survey gap, responsiveness", Survey, "mean", -0.5, -1.0,
     Surveys, CE,
     "Responsiveness carries 22% of the SERVQUAL weight and is the dimension inquiries are "
     "judged on.", Programme, kSurveySample},
    {"INQ", kEmp, "Inquiry follow-up survey gap, empathy", Survey, "mean", -0.4, -0.9, Surveys, CE,
     "Empathy weighs 16%: a cardholder with a billing problem wants to be treated as a person, "
     "not an account number.", Programme, kSurveySample},
    {"INQ", kAss, "Inquiry follow-up survey gap, assurance", Survey, "mean", -0.4, -0.9, Surveys,
     CE,
     "Assurance weighs 19%: cardholders must trust that the answer they get is right.",
     Programme, kSurveySample},

    // --- Address change (Cardmember Records) ----------------------------------------------
    {"ADR", kT, "Mean address change processing time", Days, "mean", 1, 2, Improved, CE | CO,
     "Cardholders expect an address change handled fast, before the next statement or card "
     "goes out."},
    {"ADR", kT, "Share of address changes processed within 1 day", Days, "within:1", 90, 80,
     Improved, CE, "Most holders tell us of a move only days before it; a change that takes longer "
     "sends the next statement to the old address."},
    {"ADR", kT, "Address changes that missed the next statement cycle", Err, "mean", 1, 2,
     Drifting, CE | EC,
     "A statement sent to the old address is late for the holder and a privacy risk for us."},
    {"ADR", kT, "Mean time to update supplementary cards after an address change", Days, "mean", 2,
     3, Met, CA, "Supplementary cards live in a separate file that is updated overnight."},
    {"ADR", kT, "Key-customer address changes processed within 1 day", Days, "within:1", 98, 95,
     Met, CE | EC, "Key accounts go through the red channel and are handled first.", Competitor,
     40},
    {"ADR", kA, "Address changes keyed right first time", Rft, "mean", 99, 97, Improved, CE | EC,
     "A mistyped address sends cards and statements to strangers."},
    {"ADR", kA, "Address keying errors per 1,000 changes", Per1000, "mean", 3, 6, Met, CE,
     "Keying errors are caught by the postcode check only when the postcode itself is wrong."},
    {"ADR", kA, "Address changes applied to the wrong account, per 1,000 changes", Per1000, "mean",
     0.2, 0.5, Met, EC, "Moving the wrong cardholder's post is a privacy breach we pay for twice."},
    {"ADR", kA, "Address change audit score", Audit, "mean", 96, 92, Met, CA,
     "Sampled changes are checked against the signed request.", Programme, kAuditSample},
    {"ADR", kA, "Postcode validation failures per 1,000 changes", Per1000, "mean", 5, 10, Met, CA,
     "Validated postcodes let the mail sorting machines deliver on time.", Existing},
    {"ADR", kR, "Address change confirmations sent within 2 days", Days, "within:2", 95, 90,
     Improved, CE,
     "A confirmation reassures the holder that the next card and statement will find them."},
    {"ADR", kR, "Address change queries resolved on first contact", Rft, "mean", 90, 85, Met, CE,
     "A holder who has moved has a dozen other things to sort out and wants this one done.",
     Programme, 120},
    {"ADR", kR, "Returned address confirmations followed up within 5 days", Days, "within:5", 90,
     80, Breached, EC,
     "A returned confirmation means the new address is wrong; every day it stays wrong risks a "
     "lost card.", Programme, 20},
    {"ADR", kR, "Complaints about address changes answered within 5 days", Days, "within:5", 90,
     80, Met, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 12},
    {"ADR", kRel, "Address change survey gap, reliability", Survey, "mean", -0.3, -0.8, Met, CE,
     "Reliability weighs most (32%): the change done once, correctly, everywhere.", Programme,
     kSurveySample},
    {"ADR", kA, "Online address changes applied without manual rework", Rft, "mean", 95, 90, Met,
     CA | EC, "Online changes cost a tenth of a paper form, but only if they need no rework.",
     Competitor, 700},

    // --- Complaint handling (Customer Relations) ------------------------------------------
    {"CMP", kR, "Complaints acknowledged within 1 day", Days, "within:1", 95, 90, Letters,
     CE | CO, "Cardholders expect action on complaints; a next-day acknowledgement tells them "
     "someone is on it."},
    {"CMP", kR, "Mean complaint resolution time", Days, "mean", 10, 15, Letters, CE | EC,
     "A complaint settled within two weeks usually keeps the customer; one left longer usually "
     "does not."},
    {"CMP", kR, "Share of complaints resolved within 15 days", Days, "within:15", 85, 75, Letters,
     CE, "The mean hides the complaints that drag on; those are the customers we lose."},
    {"CMP", kR, "Complaints with no reply after 10 days, per 1,000 complaints", Per1000, "mean",
     20, 40, Improved, CE,
     "Silence is what complainants resent most: \"nobody answered\" heads the letters."},
    {"CMP", kR, "Promised call-backs on complaints not made, per 1,000 complaints", Per1000,
     "mean", 5, 10, Borderline, CE,
     "A broken promise to a complainant turns one complaint into two."},
    {"CMP", kR, "Complaints passed between more than two departments, per 1,000 complaints",
     Per1000, "mean", 30, 50, Drifting, CE,
     "Each hand-over restarts the clock for the customer and tells them nobody owns the problem."},
    {"CMP", kR, "Key-customer complaints resolved within 3 days", Days, "within:3", 95, 90, Letters,
     CE | EC,
     "Like a red channel, key customers' complaints jump the queue: losing one costs more than "
     "the whole queue's overtime.", Programme, 10},
    {"CMP", kA, "Complaint replies that answer every point raised", Rft, "mean", 90, 85, Improved,
     CE, "A reply that misses the point is read as not listening."},
    {"CMP", kA, "Complaint reply audit score", Audit, "mean", 92, 85, Met, CA,
     "Sampled replies are checked for facts, tone and a clear outcome.", Programme, kAuditSample},
    {"CMP", kA, "Reopened complaints", Err, "mean", 4, 7, Borderline, CE | EC,
     "A complaint reopened means the first answer missed the point."},
    {"CMP", kA, "Compensation paid in error, per 1,000 complaints", Per1000, "mean", 5, 10, Met,
     EC, "Goodwill paid to the wrong account or in the wrong amount is money spent for nothing."},
    {"CMP", kT, "Share of goodwill credits posted within 2 days of agreement", Days, "within:2",
     95, 90, Met, CE, "The credit is the proof the complaint was taken seriously; it must arrive "
     "while the holder still remembers the call.", Programme, 90},
    {"CMP", kT, "Mean time to first contact with the complainant", Hours, "mean", 24, 48,
     Improved, CE, "A telephone call within a day defuses most complaints before they grow."},
    {"CMP", kR, "Complaint handler behaviour checklist score", Audit, "mean", 90, 85, Met, CE | CA,
     "Supervisors rate recorded calls for listening, apologising and owning the problem.",
     Review, 30},
    {"CMP", kEmp, "Complaint follow-up survey gap, empathy", Survey, "mean", -0.5, -1.0, Improved,
     CE, "Empathy weighs 16%: complainants want to feel heard before they want a refund.",
     Programme, kSurveySample},
    {"CMP", kAss, "Complaint follow-up survey gap, assurance", Survey, "mean", -0.4, -0.9, Met, CE,
     "Assurance weighs 19%: the complainant must trust that it will not happen again.", Programme,
     kSurveySample},
    {"CMP", kR, "Complaint follow-up survey gap, responsiveness", Survey, "mean", -0.6, -1.1,
     Improved, CE, "Responsiveness weighs 22%, and it is what complaint handling is judged on.",
     Programme, kSurveySample},
    {"CMP", kA, "Complaints logged with the wrong service or cause, per 1,000 complaints", Per1000,
     "mean", 20, 40, Met, CA, "Complaint causes feed the Pareto analysis that decides what to "
     "fix first; a wrong code sends the effort to the wrong place."},
    {"CMP", kT, "Root-cause reviews of recurring complaints completed within 30 days", Days,
     "within:30", 90, 80, Borderline, EC,
     "A recurring complaint costs more every month its cause stays unfixed.", Review, 6},

    // --- Account-service-fee agency (Fee Services) ----------------------------------------
    {"FEE", kA, "Wrong fees charged per 1,000 fee postings", Per1000, "mean", 0.5, 1.0, Improved,
     CE | EC, "A wrong fee is the accuracy complaint that costs most goodwill per dollar."},
    {"FEE", kA, "Annual fees charged on fee-free accounts, per 1,000 fee postings", Per1000,
     "mean", 0.1, 0.3, Met, CE | EC,
     "Holders remember exactly what they were promised when they took the card."},
    {"FEE", kA, "Fee refunds paid right first time", Rft, "mean", 98, 95, Met, CE,
     "A refund of the wrong amount reopens the complaint it was meant to close.", Programme, 350},
    {"FEE", kA, "Fee schedule audit score", Audit, "mean", 98, 95, Met, CA,
     "Fee tables are checked against the cardholder agreement after every change.", Existing,
     kAuditSample},
    {"FEE", kA, "Late fees charged despite an on-time payment, per 1,000 fee postings", Per1000,
     "mean", 2, 5, Drifting, CE | EC,
     "Nothing angers a cardholder more than a penalty for a payment made on time."},
    {"FEE", kT, "Mean fee refund time", Days, "mean", 3, 5, Improved, CE | CO,
     "Competitors refund an agreed fee within a few days, and holders compare.", Programme, 350},
    {"FEE", kT, "Share of fee refunds posted within 5 days", Days, "within:5", 90, 80, Improved,
     CE, "The mean hides the refunds that drag on, and those holders write again.", Programme,
     350},
    {"FEE", kT, "Share of fee waiver requests decided within 2 days", Days, "within:2", 90, 85,
     Met, CE | EC,
     "A waiver decided after the next statement is printed shows the fee again and prompts a "
     "second request.", Programme, 200},
    {"FEE", kT, "Mean time to post an agency fee to the account", Hours, "mean", 12, 24, Met, CA,
     "Fees collected for partners must reach the account the same day to keep the ledger "
     "reconciled.", Existing},
    {"FEE", kR, "Fee questions resolved on first contact", Rft, "mean", 85, 80, Borderline, CE,
     "Fee questions are simple; a holder passed on for one expects the worst.", Programme, 500},
    {"FEE", kR, "Fee complaints acknowledged within 1 day", Days, "within:1", 95, 90, Met, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 20},
    {"FEE", kR, "Fee waiver requests with no reply after 5 days, per 1,000 requests", Per1000,
     "mean", 10, 20, Breached, CE,
     "A waiver request left unanswered is read as a refusal, and the holder starts looking at "
     "other cards.", Programme, 200},
    {"FEE", kAss, "Fee survey gap, assurance", Survey, "mean", -0.4, -0.9, Met, CE,
     "Assurance weighs 19%: fees explained clearly are fees holders trust.", Programme,
     kSurveySample},
    {"FEE", kA, "Fee refunds paid to the wrong account, per 1,000 refunds", Per1000, "mean", 0.5,
     1.0, Met, CE | EC, "A refund on the wrong account leaves the complainant unpaid and someone "
     "else puzzled.", Programme, 350},
    {"FEE", kR, "Fee complaints resolved within 10 days", Days, "within:10", 90, 80, Improved, CE,
     "A fee complaint is about money the holder feels was taken; it should not linger.",
     Programme, 20},

    // --- Payment posting (Payment Processing) ---------------------------------------------
    {"PAY", kT, "Share of payments posted on the day received", Days, "within:1", 99.5, 99, Met,
     CE | EC, "A payment posted late can trigger a late fee the customer did nothing to earn.",
     Existing},
    {"PAY", kT, "Mean payment posting time", Hours, "mean", 6, 12, Met, CA,
     "Lockbox and electronic payments arrive in batches; six hours covers the slowest batch.",
     Existing},
    {"PAY", kT, "Share of misdirected payments traced within 3 days", Days, "within:3", 90, 80,
     Improved, CE | EC,
     "A payment that cannot be matched leaves a holder looking overdue although they paid.",
     Programme, 40},
    {"PAY", kT, "Share of returned payments notified within 2 days", Days, "within:2", 95, 90, Met,
     CE, "A holder whose cheque bounced needs to know before the due date passes.", Programme,
     150},
    {"PAY", kA, "Payments posted to the wrong account, per 1,000 payments", Per1000, "mean", 0.05,
     0.1, Met, CE | EC, "A payment on the wrong account makes two customers look overdue."},
    {"PAY", kA, "Payments posted with a wrong amount, per 1,000 payments", Per1000, "mean", 0.05,
     0.1, Met, CE | EC, "A short-posted payment brings interest and a late fee the holder "
     "never owed."},
    {"PAY", kA, "Payment posting audit score", Audit, "mean", 99, 97, Met, CA,
     "Sampled postings are checked against the remittance.", Existing, kAuditSample},
    {"PAY", kA, "Late fees reversed because of posting delays, per 1,000 payments", Per1000,
     "mean", 0.5, 1.0, Drifting, EC,
     "Every reversal is revenue given back and a customer who had to ask for it."},
    {"PAY", kR, "Payment queries resolved on first contact", Rft, "mean", 88, 82, Improved, CE,
     "A holder asking where a payment went is worried about a late fee and wants an answer now.",
     Programme, 300},
    {"PAY", kR, "Payment trace requests acknowledged within 1 day", Days, "within:1", 95, 90, Met,
     CE, "An acknowledgement tells the holder the late fee will not stick while we look.",
     Programme, 40},
    {"PAY", kR, "Complaints about payment posting answered within 5 days", Days, "within:5", 90,
     80, Met, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 10},
    {"PAY", kA, "Direct debits collected on the due date for the right amount", Rft, "mean", 99.8,
     99.5, Met, CE | EC, "Holders who pay by direct debit have trusted us to take the right sum "
     "on the right day.", Existing, 30000},
    {"PAY", kRel, "Payment survey gap, reliability", Survey, "mean", -0.3, -0.8, Met, CE,
     "Reliability weighs most (32%): a payment made is a payment credited, every time.",
     Programme, kSurveySample},

    // --- Credit-limit review (Credit Review) ----------------------------------------------
    {"CLR", kT, "Mean credit-limit review time", Days, "mean", 3, 5, Improved, CE | CO,
     "Holders asking for a higher limit often need it for a purchase that week; competitors "
     "decide in three days."},
    {"CLR", kT, "Share of limit requests decided within 2 days", Days, "within:2", 80, 70,
     Improved, CE | CO, "The mean hides the requests that wait longest, and those holders use "
     "another card in the meantime."},
    {"CLR", kT, "Scheduled limit reviews overdue", Err, "mean", 2, 5, Met, CA | EC,
     "Periodic reviews keep limits in line with risk; an overdue review is risk nobody is "
     "watching.", Existing},
    {"CLR", kT, "Key-customer limit requests decided within 1 day", Days, "within:1", 95, 90, Met,
     CE | EC, "Key accounts go through the red channel; their spending is worth the priority.",
     Competitor, 20},
    {"CLR", kA, "Credit-limit decision audit score", Audit, "mean", 95, 90, Met, CA | EC,
     "Sampled decisions are checked against the credit policy.", Programme, kAuditSample},
    {"CLR", kA, "Limit changes applied with a wrong amount, per 1,000 requests", Per1000, "mean",
     0.5, 1.0, Met, CE | EC, "A limit lower than agreed embarrasses the holder at the till; a "
     "higher one is risk nobody approved."},
    {"CLR", kA, "Limit decisions overturned on appeal", Err, "mean", 3, 5, Borderline, CE | EC,
     "An overturned decision means the first one was wrong or badly explained."},
    {"CLR", kR, "Limit decisions communicated within 1 day", Days, "within:1", 95, 90, Improved,
     CE, "A decision made but not told is, to the holder, no decision at all."},
    {"CLR", kR, "Limit appeals answered within 5 days", Days, "within:5", 90, 80, Breached, CE,
     "A holder who appeals has already been disappointed once.", Programme, 25},
    {"CLR", kR, "Limit requests with no reply after 5 days, per 1,000 requests", Per1000, "mean",
     5, 10, Improved, CE, "Silence reads as a refusal, and the holder applies elsewhere."},
    {"CLR", kEmp, "Limit review survey gap, empathy", Survey, "mean", -0.4, -0.9, Met, CE,
     "Empathy weighs 16%: a refused request explained kindly keeps the customer.", Programme,
     kSurveySample},
    {"CLR", kA, "Limit decreases notified at least 30 days in advance", Rft, "mean", 99.5, 99,
     Met, CE | EC, "A limit cut without notice strands the holder at the till and breaks the "
     "cardholder agreement.", Existing, 60},
    {"CLR", kT, "Mean time to apply an approved limit increase", Hours, "mean", 4, 8, Met, CA,
     "An approved increase the holder cannot yet use is a sale we have delayed."},

    // --- Lost and stolen card reporting (Card Security) -----------------------------------
    {"LST", kT, "Mean time to block a reported card", Hours, "mean", 0.5, 1.0, Met, CE | EC,
     "Every hour a stolen card stays open is fraud exposure for us and worry for the holder.",
     Existing},
    {"LST", kT, "Mean time to confirm a block in writing", Days, "mean", 1, 2, Improved, CE,
     "The written confirmation is the holder's proof that later charges are not theirs."},
    {"LST", kT, "Emergency cash requests met within 1 day", Days, "within:1", 95, 90, Borderline,
     CE | CO, "Competitors advertise emergency cash within a day for holders stranded abroad.",
     Competitor, 12},
    {"LST", kT, "Share of fraud claims resolved within 10 days", Days, "within:10", 90, 80,
     Drifting, CE | CO, "Holders who have been robbed want the money back quickly; competitors "
     "promise ten days.", Programme, 80},
    {"LST", kA, "Wrong cards blocked per 1,000 reports", Per1000, "mean", 0.5, 1.0, Met, CE | EC,
     "Blocking the wrong card strands a customer who did nothing wrong."},
    {"LST", kA, "Fraud refunds paid right first time", Rft, "mean", 97, 94, Improved, CE | EC,
     "A fraud refund of the wrong amount makes the holder a victim twice.", Programme, 80},
    {"LST", kA, "Lost-card report audit score", Audit, "mean", 97, 94, Met, CA,
     "Sampled reports are checked for identity checks and the right card blocked.", Programme,
     kAuditSample},
    {"LST", kR, "Lost-card callers passed to another desk, per 1,000 calls", Per1000, "mean", 10,
     20, Improved, CE, "A customer who has just lost a card wants one person to sort it out."},
    {"LST", kR, "Fraud claims acknowledged within 1 day", Days, "within:1", 98, 95, Met, CE,
     "The acknowledgement tells the holder they will not have to pay for the thief.", Programme,
     80},
    {"LST", kR, "Lost-card desk behaviour checklist score", Audit, "mean", 92, 88, Met, CE | CA,
     "Supervisors rate recorded calls for calm, reassurance and a clear next step.", Review, 30},
    {"LST", kAss, "Lost-card survey gap, assurance", Survey, "mean", -0.3, -0.8, Met, CE,
     "Assurance weighs 19%: a holder who has lost a card needs to feel safe again.", Programme,
     kSurveySample},
    {"LST", kR, "Replacement cards ordered during the lost-card call", Rft, "mean", 95, 90,
     Improved, CE, "Ordering the replacement on the same call saves the holder a second call "
     "and two days without a card."},
    {"LST", kT, "Fraud claim forms sent within 1 day", Days, "within:1", 95, 90, Met, CE,
     "The claim cannot start until the signed form is back.", Programme, 80},

    // --- Dispute resolution (Disputes and Chargebacks) ------------------------------------
    {"DSP", kT, "Mean dispute resolution time", Days, "mean", 30, 45, Borderline, CE | CA,
     "Card-scheme rules allow up to 45 days; customers expect to hear sooner, so 30 days is the "
     "goal."},
    {"DSP", kT, "Share of disputes resolved within 45 days", Days, "within:45", 95, 90, Met,
     CA | EC, "Disputes left past the scheme's limit lose the right to a chargeback."},
    {"DSP", kT, "Provisional credits posted within 2 days of a dispute", Days, "within:2", 95, 90,
     Improved, CE | CO, "Competitors credit a disputed amount at once while they investigate."},
    {"DSP", kT, "Share of chargebacks filed within 10 days", Days, "within:10", 95, 90, Breached,
     EC, "A late chargeback loses the scheme's protection, and the division pays instead of the "
     "merchant.", Programme, 120},
    {"DSP", kA, "Disputes decided right first time", Rft, "mean", 95, 92, Met, CE | EC,
     "A decision reversed on review costs a second investigation and the customer's trust."},
    {"DSP", kA, "Provisional credits with a wrong amount, per 1,000 disputes", Per1000, "mean", 2,
     5, Met, CE, "A credit of the wrong amount makes the holder check every figure we send."},
    {"DSP", kA, "Dispute file audit score", Audit, "mean", 93, 88, Borderline, CA,
     "Sampled files are checked for the evidence the card scheme will ask for.", Programme,
     kAuditSample},
    {"DSP", kR, "Disputes acknowledged within 1 day", Days, "within:1", 95, 90, Improved, CE,
     "A holder who disputes a charge wants to know at once that it will not be collected."},
    {"DSP", kR, "Dispute status queries resolved on first contact", Rft, "mean", 85, 80, Improved,
     CE, "Disputes take weeks; a holder who calls wants to hear where theirs stands.", Programme,
     90},
    {"DSP", kR, "Disputes with no update to the customer for 14 days, per 1,000 disputes",
     Per1000, "mean", 30, 60, Drifting, CE,
     "Silence during a dispute is what customers complain about, not the length of the rules."},
    {"DSP", kR, "Complaints about dispute handling answered within 5 days", Days, "within:5", 90,
     80, Met, CE,
     "Customers named action on complaints as one of the three things they care most about.",
     Programme, 15},
    {"DSP", kR, "Dispute survey gap, responsiveness", Survey, "mean", -0.6, -1.2, Improved, CE,
     "Responsiveness weighs 22%; in a dispute it means keeping the holder informed.", Programme,
     kSurveySample},
    {"DSP", kR, "Merchant responses chased within 7 days", Days, "within:7", 90, 80, Borderline,
     CE | CA, "A chase keeps the dispute moving when the merchant has gone quiet.", Programme,
     150},
    {"DSP", kA, "Disputes reopened after a final decision", Err, "mean", 2, 4, Met, CE | EC,
     "A reopened dispute means the evidence or the explanation fell short."},
};
// clang-format on

} // namespace

QList<DemoStandardSpec> DemoStandardSpecs::all()
{
    return QList<DemoStandardSpec>(std::begin(kSpecs), std::end(kSpecs));
}

} // namespace Yardstick
