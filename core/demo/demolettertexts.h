// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// The phrase book the demo's complaint letters are written from, one per
// language. Each problem paragraph carries the labels an analyst would give
// it (service and primary dimension, by DOMAIN.md's definitions), so the
// letters can train and test a classifier. Placeholders in braces ({days},
// {since}, {amount}...) are filled in by DemoLetterWriter.
class DemoLetterTexts final
{
public:
    struct Problem
    {
        QString service;   // service code
        QString dimension; // primary dimension key
        QString text;
        int minDays = 0; // range for {days}/{weeks}; 0..0 when the text has neither
        int maxDays = 0;
    };

    struct Library
    {
        QList<Problem> problems;
        QStringList formalOpenings;   // letters
        QStringList informalOpenings; // e-mail and web forms
        QStringList intros;           // optional first sentence
        QStringList details;          // optional sentence after the problem
        QStringList requests;         // what the customer asks for
        QStringList formalClosings;
        QStringList informalClosings;
        QString phoneNote;         // appended to complaints taken down from a call
        QString sentenceSeparator; // " " in English, nothing in Chinese
    };

    static Library english();
    static Library chinese();
};

} // namespace Yardstick
