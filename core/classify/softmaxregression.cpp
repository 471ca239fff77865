// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmaxregression.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Yardstick {

namespace {

using Vector = std::vector<double>;

double dot(const Vector &a, const Vector &b)
{
    return std::inner_product(a.cbegin(), a.cend(), b.cbegin(), 0.0);
}

// Softmax of scores in place, with the largest subtracted first so long
// documents do not overflow.
void softmax(Vector &scores)
{
    const double top = *std::max_element(scores.cbegin(), scores.cend());
    double sum = 0;
    for (double &s : scores) {
        s = std::exp(s - top);
        sum += s;
    }
    for (double &s : scores)
        s /= sum;
}

// The training problem: the loss and its gradient at theta.
struct Problem
{
    const QList<SparseVector> &examples;
    const std::vector<int> &classOf;
    const Vector &exampleWeight; // v(y_i) / sum of v
    int classes;
    int features;
    double lambda;

    int stride() const { return features + 1; }

    double evaluate(const Vector &theta, Vector &gradient) const
    {
        std::fill(gradient.begin(), gradient.end(), 0.0);
        double loss = 0;
        Vector p(static_cast<size_t>(classes));
        for (qsizetype i = 0; i < examples.size(); ++i) {
            const SparseVector &x = examples[i];
            for (int c = 0; c < classes; ++c) {
                const double *row = theta.data() + size_t(c) * size_t(stride());
                double s = row[features];
                for (qsizetype j = 0; j < x.indices.size(); ++j)
                    s += row[x.indices[j]] * x.values[j];
                p[size_t(c)] = s;
            }
            softmax(p);
            const int y = classOf[size_t(i)];
            const double v = exampleWeight[size_t(i)];
            loss -= v * std::log(std::max(p[size_t(y)], 1e-300));
            for (int c = 0; c < classes; ++c) {
                const double d = v * (p[size_t(c)] - (c == y ? 1.0 : 0.0));
                double *row = gradient.data() + size_t(c) * size_t(stride());
                row[features] += d;
                for (qsizetype j = 0; j < x.indices.size(); ++j)
                    row[x.indices[j]] += d * x.values[j];
            }
        }
        for (int c = 0; c < classes; ++c) {
            const size_t row = size_t(c) * size_t(stride());
            for (int f = 0; f < features; ++f) {
                const double w = theta[row + size_t(f)];
                loss += 0.5 * lambda * w * w;
                gradient[row + size_t(f)] += lambda * w;
            }
        }
        return loss;
    }
};

// Limited-memory BFGS (Nocedal & Wright, algorithm 7.4, two-loop
// recursion) with a backtracking Armijo line search. Returns the
// iterations taken.
int minimise(const Problem &problem, Vector &theta, int maxIterations)
{
    constexpr int kMemory = 10;
    constexpr double kArmijo = 1e-4;
    const size_t n = theta.size();
    Vector gradient(n);
    double loss = problem.evaluate(theta, gradient);
    std::vector<Vector> s;
    std::vector<Vector> y;
    std::vector<double> rho;
    Vector direction(n);
    Vector trial(n);
    Vector trialGradient(n);
    int iteration = 0;
    for (; iteration < maxIterations; ++iteration) {
        const double gradientNorm = std::sqrt(dot(gradient, gradient));
        if (gradientNorm < 1e-6)
            break;
        // Two-loop recursion: direction = -H * gradient.
        direction = gradient;
        std::vector<double> alpha(s.size());
        for (size_t k = s.size(); k-- > 0;) {
            alpha[k] = rho[k] * dot(s[k], direction);
            for (size_t i = 0; i < n; ++i)
                direction[i] -= alpha[k] * y[k][i];
        }
        const double scale =
            s.empty() ? 1.0 / gradientNorm : dot(s.back(), y.back()) / dot(y.back(), y.back());
        for (double &d : direction)
            d *= scale;
        for (size_t k = 0; k < s.size(); ++k) {
            const double beta = rho[k] * dot(y[k], direction);
            for (size_t i = 0; i < n; ++i)
                direction[i] += s[k][i] * (alpha[k] - beta);
        }
        for (double &d : direction)
            d = -d;
        double slope = dot(gradient, direction);
        if (slope >= 0) {
            // Not a descent direction (curvature lost): start again from
            // steepest descent.
            s.clear();
            y.clear();
            rho.clear();
            for (size_t i = 0; i < n; ++i)
                direction[i] = -gradient[i] / gradientNorm;
            slope = dot(gradient, direction);
        }
        double step = 1.0;
        double trialLoss = 0;
        bool accepted = false;
        for (int halving = 0; halving < 40; ++halving) {
            for (size_t i = 0; i < n; ++i)
                trial[i] = theta[i] + step * direction[i];
            trialLoss = problem.evaluate(trial, trialGradient);
            if (trialLoss <= loss + kArmijo * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted)
            break;
        Vector sk(n);
        Vector yk(n);
        for (size_t i = 0; i < n; ++i) {
            sk[i] = trial[i] - theta[i];
            yk[i] = trialGradient[i] - gradient[i];
        }
        const double sy = dot(sk, yk);
        const double improvement = loss - trialLoss;
        theta.swap(trial);
        gradient.swap(trialGradient);
        loss = trialLoss;
        if (sy > 1e-12) {
            if (int(s.size()) == kMemory) {
                s.erase(s.begin());
                y.erase(y.begin());
                rho.erase(rho.begin());
            }
            s.push_back(std::move(sk));
            y.push_back(std::move(yk));
            rho.push_back(1.0 / sy);
        }
        if (improvement < 1e-9 * std::max(1.0, std::abs(loss)))
            break;
    }
    return iteration;
}

} // namespace

void SoftmaxRegression::train(const QList<SparseVector> &examples, const QStringList &labels,
                              int features, const Options &options)
{
    Q_ASSERT(examples.size() == labels.size());
    m_labels = QStringList(labels.cbegin(), labels.cend());
    m_labels.removeDuplicates();
    m_labels.sort();
    m_features = features;
    m_iterations = 0;
    const int classes = int(m_labels.size());
    m_theta = QList<double>(qsizetype(classes) * (features + 1), 0.0);
    if (classes < 2)
        return; // one label: every letter is it, nothing to learn

    QHash<QString, int> index;
    for (int c = 0; c < classes; ++c)
        index.insert(m_labels[c], c);
    std::vector<int> classOf;
    std::vector<int> perClass(size_t(classes), 0);
    for (const QString &label : labels) {
        classOf.push_back(index.value(label));
        ++perClass[size_t(classOf.back())];
    }
    Vector exampleWeight;
    double total = 0;
    for (const int c : classOf) {
        const double v = options.balanced ? double(labels.size()) /
                                                (double(classes) * double(perClass[size_t(c)]))
                                          : 1.0;
        exampleWeight.push_back(v);
        total += v;
    }
    for (double &v : exampleWeight)
        v /= total;

    const Problem problem{examples, classOf, exampleWeight, classes, features, options.lambda};
    Vector theta(size_t(classes) * size_t(features + 1), 0.0);
    m_iterations = minimise(problem, theta, options.maxIterations);
    m_theta = QList<double>(theta.cbegin(), theta.cend());
}

QList<double> SoftmaxRegression::scores(const SparseVector &x) const
{
    QList<double> result;
    const qsizetype stride = m_features + 1;
    for (qsizetype c = 0; c < m_labels.size(); ++c) {
        const double *row = m_theta.constData() + c * stride;
        double s = row[m_features];
        for (qsizetype j = 0; j < x.indices.size(); ++j) {
            if (x.indices[j] < m_features)
                s += row[x.indices[j]] * x.values[j];
        }
        result.append(s);
    }
    return result;
}

QList<SoftmaxRegression::Probability> SoftmaxRegression::predict(const SparseVector &x) const
{
    if (m_labels.isEmpty())
        return {};
    const QList<double> s = scores(x);
    Vector p(s.cbegin(), s.cend());
    softmax(p);
    QList<Probability> result;
    for (qsizetype c = 0; c < m_labels.size(); ++c)
        result.append({m_labels[c], p[size_t(c)]});
    std::stable_sort(result.begin(), result.end(), [](const Probability &a, const Probability &b) {
        return a.probability > b.probability;
    });
    return result;
}

double SoftmaxRegression::weight(const QString &label, int feature) const
{
    const qsizetype c = m_labels.indexOf(label);
    if (c < 0 || feature < 0 || feature >= m_features)
        return 0;
    return m_theta[c * (m_features + 1) + feature];
}

double SoftmaxRegression::bias(const QString &label) const
{
    const qsizetype c = m_labels.indexOf(label);
    return c < 0 ? 0.0 : m_theta[c * (m_features + 1) + m_features];
}

QList<std::pair<int, double>> SoftmaxRegression::contributions(const SparseVector &x,
                                                               const QString &label) const
{
    QList<std::pair<int, double>> result;
    if (m_labels.size() < 2 || !m_labels.contains(label))
        return result;
    for (qsizetype j = 0; j < x.indices.size(); ++j) {
        const int f = x.indices[j];
        double others = 0;
        for (const QString &other : m_labels) {
            if (other != label)
                others += weight(other, f);
        }
        others /= double(m_labels.size() - 1);
        const double contribution = x.values[j] * (weight(label, f) - others);
        if (contribution > 0)
            result.append({f, contribution});
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return result;
}

} // namespace Yardstick
