// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"
#include "storage/storageresult.h"

#include <QList>

namespace Yardstick {

class Workbench;

// The quality dimensions every workbench made for real work starts with, and
// the demo too: the card case's three (timeliness, accuracy, responsiveness)
// and SERVQUAL's five with the weights customers gave them in the classic
// study (reliability 32, responsiveness 22, assurance 19, empathy 16,
// tangibles 11). Responsiveness is one dimension in both lists. Without them
// a survey file's "tangibles" names nothing and the weighted gap is empty.
QList<Dimension> referenceDimensions();

// Adds the reference dimensions the workbench does not have yet (by key), in
// one transaction; a dimension already there keeps its name and weight.
StorageResult addReferenceDimensions(Workbench &workbench);

} // namespace Yardstick
