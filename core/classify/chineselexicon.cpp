// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultlexicon.h"

namespace Yardstick {

// The same scale as the English terms (3 names the complaint, 2 usually
// does, 1 is context, negative is praise, 0 a stock phrase). Chinese terms
// match anywhere, so they are written as whole phrases where a single
// character would be ambiguous, and the longest phrase wins: 没有收到任何答复
// (no reply) is not read as 没有收到 (not received).
QList<LexiconTerm> chineseDefaultTerms()
{
    QList<LexiconTerm> terms;
    LexiconWriter w("zh", terms);
    constexpr auto D = LexiconTarget::Dimension;
    constexpr auto S = LexiconTarget::Service;
    constexpr auto V = LexiconTarget::Severity;

    // --- Timeliness --------------------------------------------------------
    w.add(D, "timeliness", 3,
          {"还没有收到", "还是没有收到", "还没收到", "迟迟",     "迟到",
           "延迟",       "延误",         "太慢",     "拖延",     "太久",
           "才寄到",     "才收到",       "才有答复", "才改好",   "才到账",
           "之后才",     "逾期",         "不及时",   "等了很久", "还是没有任何消息",
           "至今没有",   "到现在还",     "还在等"});
    w.add(D, "timeliness", 2,
          {"没有收到", "没收到", "等了", "很久", "很慢", "拖了", "还没到", "过了很久", "过期"});
    w.add(D, "timeliness", 1, {"天了", "个星期", "个月", "周了", "过了", "期间", "这段时间"});
    // Praise.
    w.add(D, "timeliness", -2, {"很快", "及时", "迅速", "第二天就", "当天就"});

    // --- Accuracy ----------------------------------------------------------
    w.add(D, "accuracy", 3,
          {"错误",     "错了",     "拼错",       "写错",   "弄错",       "搞错",       "填错",
           "记错",     "算错",     "不对",       "不符",   "不一致",     "有误",       "重复记账",
           "重复扣款", "重复收费", "多收",       "多扣",   "别人的账户", "记到了别人", "旧地址",
           "印成了",   "说好是",   "早于到期日", "却还收", "还是被收了"});
    w.add(D, "accuracy", 2, {"重复", "应该是", "金额", "不是我的"});

    // --- Responsiveness ------------------------------------------------------
    w.add(D, "responsiveness", 3, {"没人回复",     "没有人回复",
                                   "没有回复",     "没有答复",
                                   "没有任何答复", "没有收到任何答复",
                                   "没有任何回复", "没有人打过来",
                                   "没有人打来",   "始终没有人",
                                   "一直没有人",   "从来没有人",
                                   "没有人联系",   "没人联系",
                                   "没人理",       "不理",
                                   "不闻不问",     "没有人愿意负责",
                                   "没人负责",     "转来转去",
                                   "推来推去",     "被转了",
                                   "电话还断了",   "挂断",
                                   "挂了电话",     "回电",
                                   "回电话",       "再也没有任何消息",
                                   "没有任何消息", "石沉大海",
                                   "无人接听",     "没人接",
                                   "确认信"});
    w.add(D, "responsiveness", 2, {"再也没有", "答应", "联系我", "第三次写信"});

    // --- SERVQUAL dimensions -------------------------------------------------
    w.add(D, "assurance", 2,
          {"态度恶劣", "态度很差", "不专业", "不放心", "不安全", "隐私", "泄露"});
    w.add(D, "empathy", 2, {"不体谅", "不关心", "冷漠", "不近人情", "我的情况"});
    w.add(D, "tangibles", 2, {"网站", "手机银行", "网点", "表格", "看不清"});
    w.add(D, "reliability", 2, {"连续第二个月", "又一次", "屡次", "每次都", "同一个问题", "一再"});

    // --- Services --------------------------------------------------------------
    w.add(S, "APP", 3, {"信用卡申请", "申请进度", "提交了申请", "审批", "开户", "办卡申请"});
    w.add(S, "APP", 1, {"申请", "批准"});
    w.add(S, "NEW", 3, {"新卡", "首张卡", "激活"});
    w.add(S, "NEW", 1, {"卡片", "密码", "拿到了卡"});
    w.add(S, "REP", 4, {"补办", "补卡", "补发", "换卡", "换发"});
    w.add(S, "REP", 2, {"损坏", "到期换"});
    w.add(S, "BIL", 3, {"账单", "对账单", "月结单", "账单迟到"});
    w.add(S, "BIL", 1, {"还款日", "欠款", "消费"});
    w.add(S, "INQ", 3, {"询问", "咨询", "查询", "询问账单", "打电话询问"});
    w.add(S, "INQ", 1, {"客服", "账务部"});
    w.add(S, "ADR", 3, {"地址变更", "变更地址", "改地址", "更改地址", "新地址", "搬家"});
    w.add(S, "ADR", 1, {"地址"});
    w.add(S, "CMP", 3, {"写信投诉", "处理结果", "第三次写信", "投诉同一个问题"});
    // Every letter complains; saying so is not about complaint handling.
    w.add(S, "CMP", 1, {"投诉"});
    w.add(S, "CMP", 0, {"正式投诉"});
    w.add(S, "CMP", 1, {"经理"});
    w.add(S, "FEE", 3, {"年费", "手续费", "免年费", "服务费", "被收了", "多收了"});
    w.add(S, "FEE", 1, {"滞纳金", "费用", "退还"});
    w.add(S, "PAY", 3, {"入账", "银行回单", "还的", "还款记录", "已经还款", "就已经还款"});
    w.add(S, "PAY", 1, {"还款"});
    w.add(S, "PAY", 0, {"按时全额还款", "全额还款"});
    w.add(S, "CLR", 3, {"信用额度", "提高额度", "提额", "额度"});
    w.add(S, "LST", 3, {"挂失", "盗刷", "冻结"});
    w.add(S, "LST", 2, {"被盗", "丢失", "遗失"});
    w.add(S, "DSP", 3, {"争议", "提出争议", "拒付", "商户", "网购"});
    w.add(S, "DSP", 1, {"争议处理部"});

    // --- Severity ----------------------------------------------------------------
    w.add(
        V, "high", 1,
        {"注销", "销户", "律师", "起诉", "法院", "监管", "银保监", "盗刷", "被盗", "欺诈", "诈骗"});
    w.add(V, "medium", 1,
          {"投诉", "第三次", "不可接受", "无法接受", "失望", "非常失望", "别家", "别的信用卡公司",
           "改用别家", "滞纳金", "连续第二个月", "不是我第一次"});
    return terms;
}

} // namespace Yardstick
