// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// A document as feature values: indices ascending, each once.
struct SparseVector
{
    QList<int> indices;
    QList<double> values;
};

// Multinomial logistic regression (softmax regression):
//   P(c | x) = exp(b_c + w_c . x) / sum over k of exp(b_k + w_k . x)
// trained by minimising the class-weighted mean cross-entropy plus an L2
// penalty on the weights (not the biases):
//   sum_i v(y_i) * -log P(y_i | x_i) / sum_i v(y_i)  +  lambda / 2 * |W|^2
// With balanced class weights v(c) = n / (classes * n_c), every label
// weighs the same in the loss however few letters carry it, so a common
// label cannot win by being common. The optimiser is L-BFGS (ten
// corrections, backtracking line search) from all-zero weights: no random
// start, so the same letters give the same model on every machine.
class SoftmaxRegression final
{
public:
    struct Options
    {
        double lambda = 1e-3;
        bool balanced = true;
        int maxIterations = 200;
    };

    struct Probability
    {
        QString label;
        double probability = 0;
    };

    // examples[i] is labelled labels[i]; `features` is one more than the
    // largest index used. Replaces any earlier training.
    void train(const QList<SparseVector> &examples, const QStringList &labels, int features,
               const Options &options);

    bool isTrained() const { return !m_labels.isEmpty(); }
    const QStringList &labels() const { return m_labels; } // sorted
    int featureCount() const { return m_features; }
    int iterations() const { return m_iterations; }

    // Every label with its probability, most likely first (ties by label).
    QList<Probability> predict(const SparseVector &x) const;

    double weight(const QString &label, int feature) const;
    double bias(const QString &label) const;

    // How much each feature of x pushes `label` above the mean of the other
    // labels: x_f * (w_label,f - mean over other labels of w_k,f). Only the
    // positive ones, largest first, as (feature, contribution).
    QList<std::pair<int, double>> contributions(const SparseVector &x, const QString &label) const;

private:
    QList<double> scores(const SparseVector &x) const;

    QStringList m_labels;
    int m_features = 0;
    int m_iterations = 0;
    // Row c: features weights then the bias, (m_features + 1) per label.
    QList<double> m_theta;
};

} // namespace Yardstick
