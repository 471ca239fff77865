// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolettertexts.h"

namespace Yardstick {

namespace {

struct ProblemRow
{
    const char *service;
    const char *dimension;
    int minDays;
    int maxDays;
    const char *text;
};

constexpr const char *kT = "timeliness";
constexpr const char *kA = "accuracy";
constexpr const char *kR = "responsiveness";

// A letter that mentions time is not always about timeliness: "I wrote three
// weeks ago and nobody answered" is responsiveness, and "the card came
// quickly, but my name is misspelt" is accuracy. Some rows say so on purpose.
// clang-format off
constexpr ProblemRow kEnglishProblems[] = {
    // Application processing
    {"APP", kT, 20, 70, "I applied for your card on {since} and it is now {days} days later. All I have been told is that my application is \"being processed\". Another bank gave my husband a decision within a week."},
    {"APP", kT, 14, 70, "It has taken {weeks} weeks to process a simple card application. I sent everything you asked for on {since}, and the card I wanted for a trip abroad has still not arrived."},
    {"APP", kT, 21, 70, "I was told at the branch that opening a new account takes about two weeks. That was {weeks} weeks ago, on {since}, and I still do not know whether I have been approved."},
    {"APP", kT, 20, 70, "My application went in on {since}. After {days} days I am still waiting for a decision. Surely checking my details does not take this long?"},
    {"APP", kA, 0, 0, "My application was approved, but the account was opened with a credit limit of {limit} instead of the amount your letter confirmed. I only found out when a payment was declined at a hotel."},
    {"APP", kA, 0, 0, "Your approval letter has my name as \"{wrongcardname}\" and gives the wrong date of birth. I filled in the form in block capitals, so I do not understand how this happened."},
    {"APP", kR, 0, 0, "I called {calls} times about my application and each time was promised a call back the same day. Nobody has ever called. The last time I was transferred to {desks} different people, each of whom gave me another number to ring."},
    {"APP", kR, 10, 40, "I wrote on {since} asking which further documents you needed for my application. {days} days later I have had no reply at all, not even an acknowledgement."},
    // New-card issuance
    {"NEW", kT, 10, 30, "According to your letter my application was approved on {since}, but the card itself took {days} days to reach me. In the meantime I had to use another card for all my shopping."},
    {"NEW", kT, 14, 35, "The welcome letter arrived {weeks} weeks ago saying the card would follow within a few days. It has not. I cannot use an account I do not have a card for."},
    {"NEW", kA, 0, 0, "The new card came quickly, but my name is misspelt: it reads \"{wrongcardname}\" instead of \"{cardname}\". I cannot use a card that does not match my passport when I travel."},
    {"NEW", kA, 0, 0, "My new card was delivered to number {wronghouse} instead of {house}, and the neighbour brought it round. Anyone could have used it."},
    {"NEW", kA, 0, 0, "My new card and the PIN you sent do not belong together: the PIN does not work, and the card was refused twice at the supermarket."},
    {"NEW", kR, 0, 0, "My new card never arrived. I have reported this {calls} times and each time I was told someone would look into it and call me back. No one has."},
    // Card replacement
    {"REP", kT, 14, 45, "I reported my card damaged on {since} and was told a replacement would be with me in a few days. It has now been {weeks} weeks and I still have no card."},
    {"REP", kT, 7, 40, "My card was stolen while I was away and I asked for a replacement on {since}. It took {days} days to arrive, so I could not pay for anything on my trip. Other card companies courier a new card overnight."},
    {"REP", kT, 21, 45, "Card not received after {weeks} weeks. I asked for a replacement for my worn card on {since}. Please tell me when it will be sent."},
    {"REP", kA, 0, 0, "The replacement card arrived quickly, I will give you that, but it was sent to my old address although I changed it months ago. My former landlord forwarded it, opened."},
    {"REP", kA, 0, 0, "My replacement card shows the wrong expiry date and is declined online. The old card has already been cancelled, so I have no working card at all."},
    {"REP", kR, 0, 0, "I have phoned about my replacement card {calls} times. Each time I was passed from one department to another, and the last person simply hung up. Nobody seems to own the problem."},
    // Billing statement delivery
    {"BIL", kT, 0, 0, "My {month} statement arrived after the payment due date, so I could not pay on time and was charged a late fee of {fee}. This is the second month running that the bill has come late."},
    {"BIL", kT, 0, 0, "My statements reach me only a few days before the due date, and sometimes after it. I need time to check the items and arrange payment. Why can the bill not be sent on time?"},
    {"BIL", kT, 10, 25, "I did not receive my {month} statement until {days} days after the closing date. By then the due date had passed and interest had been added."},
    {"BIL", kA, 0, 0, "My {month} statement shows a balance of {amount}, but my own records, and the receipts I enclose, add up to much less. Two purchases appear twice."},
    {"BIL", kA, 0, 0, "The minimum payment on my {month} statement is wrong: it is higher than the balance on the previous page. I do not know which figure to believe."},
    {"BIL", kR, 14, 42, "I asked for a copy of my {month} statement {weeks} weeks ago because the original never came. I have asked twice since. Nothing has been sent and nobody has written back."},
    // Bill-inquiry response
    {"INQ", kR, 14, 60, "I wrote to you on {since} to ask about a charge of {amount} on my statement. {days} days later I have had no answer. Nobody answered my inquiry, so I am writing again."},
    {"INQ", kR, 14, 49, "I called about an item on my bill and was promised a call back within two days. That was {weeks} weeks ago. The promised call-back was never made."},
    {"INQ", kR, 14, 60, "Every time I ask about the charge of {amount} I am passed from desk to desk. One person said it was a billing matter, the next said disputes, the third said I should write in. I did, on {since}, and still have no reply."},
    {"INQ", kR, 0, 0, "I have sent {calls} e-mails about the interest charged on my {month} statement. Each time I receive an automatic reply and then nothing. Is anyone reading them?"},
    {"INQ", kR, 10, 45, "Your staff member was polite but said she could not help and that someone else would contact me. No one has, and I have now waited {days} days."},
    {"INQ", kA, 0, 0, "Your reply to my inquiry quoted a balance of {amount}, which is wrong, and said the interest would be refunded. It has not been, and the next person I spoke to said it should never have been promised."},
    {"INQ", kA, 0, 0, "The answer I got to my billing question was about a different card entirely. It seems my letter was matched to someone else's account."},
    {"INQ", kT, 14, 42, "You agreed on the phone to correct the charge on my {month} statement, and thank you for that, but the correction took {weeks} weeks to appear on my account and I was charged interest in the meantime."},
    // Address change
    {"ADR", kT, 14, 42, "I moved on {since} and told you the same week. It took you {weeks} weeks to change the address, so my statement and a new card went to the old flat."},
    {"ADR", kT, 7, 30, "Changing an address should take a day. I asked on {since}; after {days} days your website still shows my old address."},
    {"ADR", kA, 0, 0, "You changed my address, but to the wrong one: the house number is {wronghouse} instead of {house}, so my post goes to a stranger."},
    {"ADR", kA, 0, 0, "My statements still go to {street}, which I left last year, even though I changed my address with you by phone and again in writing."},
    {"ADR", kA, 0, 0, "After my address change the new card arrived promptly, but the statement went to the old address. It seems only half the change was made."},
    {"ADR", kR, 0, 0, "I sent the address change form twice and rang once. I have had no confirmation, and no one can tell me whether it has been done."},
    // Complaint handling
    {"CMP", kR, 0, 0, "This is my third letter about the same problem and I have not had a single reply. I expect at least an acknowledgement that you have received my complaint."},
    {"CMP", kR, 14, 42, "When I complained on the phone the manager promised to call me back by the end of the week. That was {weeks} weeks ago. The promised call-back never came."},
    {"CMP", kR, 0, 0, "I have been passed from desk to desk: customer service sent me to billing, billing to disputes, and disputes back to customer service. Nobody is willing to take responsibility for my complaint."},
    {"CMP", kR, 0, 0, "My complaint was closed without anyone contacting me. I only found out because I received a survey asking how satisfied I was with the outcome."},
    {"CMP", kA, 0, 0, "Your reply to my complaint answers a question I never asked and ignores the one I did. It is also addressed to \"{wrongcardname}\"."},
    {"CMP", kA, 0, 0, "You agreed to credit {amount} as a goodwill gesture, but the credit on my account is for a different amount and was applied to my husband's card."},
    {"CMP", kT, 30, 90, "You did resolve my complaint in the end, and I am grateful for the refund, but it took {days} days from my first letter. That is far too long for a simple error."},
    // Account-service-fee agency
    {"FEE", kA, 0, 0, "I have been charged an annual fee of {fee} although the card was sold to me as free for life. Please refund the fee."},
    {"FEE", kA, 5, 20, "A late fee of {fee} was added to my account even though I paid on {since}, well before the due date. I enclose the bank's confirmation."},
    {"FEE", kA, 0, 0, "You charged me a foreign transaction fee on a purchase made in my own town. The wrong fee was charged and I want it reversed."},
    {"FEE", kA, 0, 0, "The fee for my replacement card was charged twice, {fee} each time."},
    {"FEE", kT, 14, 60, "You agreed on {since} to refund the fee of {fee}, but {days} days later the refund has still not appeared on my account."},
    {"FEE", kR, 0, 0, "I asked in writing for the over-limit fee to be waived and explained why. Nobody has replied to my request, and the fee has now been charged again."},
    // Payment posting
    {"PAY", kA, 0, 0, "My payment of {amount} was credited to someone else's account. I have the bank reference to prove I paid, yet you are charging me a late fee."},
    {"PAY", kA, 0, 0, "I paid {amount}, but only part of it was credited to my account, and the rest seems to have disappeared."},
    {"PAY", kT, 5, 14, "I paid on {since} and my bank confirms the money left my account the same day, but you did not post it for {days} days and charged me interest and a late fee."},
    // Credit-limit review
    {"CLR", kT, 10, 40, "I asked for a higher credit limit on {since} for a family wedding. The decision took {days} days, by which time the wedding was over and I had used another card."},
    {"CLR", kR, 0, 0, "My request for a limit increase has simply been ignored. I have written twice and called once, and no one has told me yes or no."},
    {"CLR", kA, 0, 0, "You reduced my credit limit to {limit} without any explanation. When I called I was told it was a mistake meant for another account, but it has not been put back."},
    // Lost and stolen cards
    {"LST", kT, 0, 0, "I reported my card stolen as soon as I noticed, but the block was not put on for hours and the thief spent {amount} in the meantime."},
    {"LST", kR, 0, 0, "When I called to report my card lost I was kept on hold, transferred twice and then cut off. I had to call again from abroad at my own expense."},
    {"LST", kA, 0, 0, "I reported one card lost and you blocked the other one, the card I was still using. I was left at the till with no way to pay."},
    // Dispute resolution
    {"DSP", kR, 21, 60, "I disputed a charge of {amount} from an online shop on {since}. Since then I have heard nothing at all. Nobody has told me whether the dispute is even being looked at."},
    {"DSP", kT, 45, 120, "My dispute over {amount} has dragged on for {days} days. The merchant admitted the error weeks ago; why is the credit still not on my account?"},
    {"DSP", kA, 0, 0, "The dispute was decided against me because, according to your letter, I signed for the goods. I never received them, the signature is not mine, and the letter even quotes the wrong amount."},
};

constexpr ProblemRow kChineseProblems[] = {
    {"APP", kT, 20, 70, "我在{since}提交了信用卡申请，到现在已经{days}天了，还是没有任何消息。朋友在别家银行申请，一个星期就拿到了卡。"},
    {"APP", kR, 0, 0, "我打了{calls}次电话询问申请进度，每次都说当天会有人回电，可是从来没有人打过来。"},
    {"NEW", kA, 0, 0, "新卡很快就寄到了，但是卡上的名字拼错了：应该是{cardname}，卡上印成了{wrongcardname}。这样的卡我出国根本没法用。"},
    {"NEW", kT, 10, 30, "我的申请在{since}就批准了，可是卡片过了{days}天才寄到，这段时间我只能用别的卡。"},
    {"REP", kT, 14, 45, "我在{since}申请补办损坏的卡，当时说几天就能寄到，现在已经{weeks}个星期了，新卡还是没有收到。"},
    {"REP", kT, 7, 40, "卡片被盗后我在{since}申请了补卡，等了{days}天才收到。别的信用卡公司第二天就能把新卡送到。"},
    {"REP", kA, 0, 0, "补发的新卡寄到了旧地址，可我几个月前就已经办理了地址变更。"},
    {"BIL", kT, 0, 0, "我{month}的账单在还款日之后才寄到，结果被收了{fee}的滞纳金。这已经是连续第二个月账单迟到了。"},
    {"BIL", kA, 0, 0, "{month}的账单上显示欠款{amount}，但是有两笔消费重复记账了，金额明显不对。"},
    {"INQ", kR, 14, 60, "我在{since}写信询问账单上一笔{amount}的费用，到现在{days}天了，没有任何答复。"},
    {"INQ", kR, 14, 49, "我打电话询问账单，客服答应两天内回电，可是{weeks}个星期过去了，一直没有人联系我。"},
    {"INQ", kR, 0, 0, "每次打电话都被转来转去：客服让我找账务部，账务部让我找争议处理部，最后又让我写信。没有人愿意负责。"},
    {"ADR", kA, 0, 0, "我三个月前就已经办理了地址变更，可是账单仍然寄到旧地址（{street}）。"},
    {"ADR", kT, 14, 42, "我在{since}通知你们地址变更，结果过了{weeks}个星期才改好，新卡和账单都寄到了旧地址。"},
    {"CMP", kR, 0, 0, "这已经是我第三次写信投诉同一个问题了，到现在没有收到任何答复，连一封确认信都没有。"},
    {"CMP", kR, 14, 42, "经理答应周末前给我回电话，到现在已经{weeks}个星期了，始终没有人打来。"},
    {"FEE", kA, 0, 0, "这个月的账单上多收了一笔{fee}的年费，可是办卡时说好是终身免年费的。请退还这笔费用。"},
    {"FEE", kA, 5, 20, "我在{since}就已经还款，远早于到期日，可还是被收了{fee}的滞纳金。"},
    {"PAY", kA, 0, 0, "我还的{amount}被记到了别人的账户上，银行回单可以证明我按时还款，你们却还收我滞纳金。"},
    {"DSP", kR, 21, 60, "我在{since}对一笔{amount}的网购消费提出争议，之后就再也没有任何消息。"},
    {"LST", kR, 0, 0, "我打电话挂失时被转了两次，最后电话还断了，只好从国外再打一次，话费都是自己付的。"},
    {"CLR", kT, 10, 40, "我在{since}申请提高信用额度，结果等了{days}天才有答复，那时我已经用了别家的卡。"},
};
// clang-format on

template<std::size_t N>
QList<DemoLetterTexts::Problem> problemsFrom(const ProblemRow (&rows)[N])
{
    QList<DemoLetterTexts::Problem> result;
    for (const ProblemRow &row : rows) {
        result.append({QLatin1String(row.service), QLatin1String(row.dimension),
                       QString::fromUtf8(row.text), row.minDays, row.maxDays});
    }
    return result;
}

QStringList fromUtf8(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

} // namespace

DemoLetterTexts::Library DemoLetterTexts::english()
{
    Library l;
    l.problems = problemsFrom(kEnglishProblems);
    l.formalOpenings = fromUtf8(
        {"Dear Sir or Madam,", "Dear Sir/Madam,", "To the Customer Service Manager,",
         "Dear Customer Relations team,", "To whom it may concern,", "Dear Card Services,"});
    l.informalOpenings =
        fromUtf8({"Hello,", "Hi,", "Good afternoon,", "To the card team,", "Dear support team,"});
    l.intros = fromUtf8({
        "I have held your card since {yearsince} and have never had cause to complain before.",
        "I am writing to complain about the way my account has been handled.",
        "Please treat this as a formal complaint.",
        "I am sorry to have to write, but I see no other way of getting this sorted out.",
        "I hope this reaches someone who can actually help.",
        "I have been a loyal cardholder for {years} years, which makes this all the more "
        "disappointing.",
        "This is not the first time I have had to contact you.",
    });
    l.details = fromUtf8({
        "My card number ends in {last4}.",
        "For reference, my card is \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 "
        "\u2022\u2022\u2022\u2022 {last4}.",
        "My cardmember number is {cmref}.",
        "I always pay my balance in full and on time.",
        "I have kept copies of all my letters.",
        "I use the card for my small business, so this matters to me.",
    });
    l.requests = fromUtf8({
        "Please put this right and tell me what you intend to do about it.",
        "I expect a written reply within a week.",
        "Please look into this urgently.",
        "If this is not sorted out I will close my account and take my business to another card "
        "company.",
        "I would like an explanation and an apology.",
        "Please confirm in writing when this has been corrected.",
        "I would appreciate a call back, and this time I hope someone actually makes it.",
    });
    l.formalClosings = fromUtf8({"Yours faithfully,", "Yours sincerely,", "Sincerely,"});
    l.informalClosings = fromUtf8({"Regards,", "Thanks,", "Best regards,", "Thank you,"});
    l.phoneNote = QStringLiteral("(Taken down by the agent during a telephone call.)");
    l.sentenceSeparator = QStringLiteral(" ");
    return l;
}

DemoLetterTexts::Library DemoLetterTexts::chinese()
{
    Library l;
    l.problems = problemsFrom(kChineseProblems);
    l.formalOpenings = fromUtf8(
        {"尊敬的客户服务部：", "信用卡中心负责人：", "致贵公司客户关系部：", "尊敬的先生/女士："});
    l.informalOpenings = fromUtf8({"您好：", "你好，", "客服你好："});
    l.intros = fromUtf8({
        "我是贵公司信用卡的老用户，用卡已经{years}年了，从来没有投诉过。",
        "我写这封信是想正式投诉。",
        "我对最近的服务非常失望。",
        "这已经不是我第一次联系你们了。",
    });
    l.details = fromUtf8({
        "我的卡号尾数是{last4}。",
        "卡号：\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 "
        "{last4}。",
        "我的持卡人编号是{cmref}。",
        "我每个月都按时全额还款。",
    });
    l.requests = fromUtf8({
        "请尽快处理，并给我一个书面答复。",
        "希望贵公司认真对待这个问题。",
        "如果问题得不到解决，我会考虑注销这张卡，改用别家的信用卡。",
        "请给我一个合理的解释。",
        "请在一周内给我答复。",
    });
    l.formalClosings = fromUtf8({"此致\n敬礼", "顺颂商祺"});
    l.informalClosings = fromUtf8({"谢谢！", "盼复。"});
    l.phoneNote = QString::fromUtf8("（客服根据来电记录整理）");
    l.sentenceSeparator = QString();
    return l;
}

} // namespace Yardstick
