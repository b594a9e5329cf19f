// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logging.h"

Q_LOGGING_CATEGORY(lcModels, "enms.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModelsSql, "enms.models.sql", QtInfoMsg)
