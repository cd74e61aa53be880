#pragma once

#include "common/error.h"

#include <QString>

namespace qad {

// The environment variable naming a PEM file of extra certificate authorities.
inline constexpr char kCaCertificatesVariable[] = "QAD_CA_CERTIFICATES";

// Trusts the certificate authorities in a PEM file besides the system's, for every TLS connection made after
// it (a TLS-inspecting proxy, or a receiver on loopback with its own certificate). It never relaxes a check:
// TLS errors stay failures (SPEC §6). Call before any connection is made, in the main thread.
Status trustExtraCertificates(const QString &pemFile);

// trustExtraCertificates() for the file QAD_CA_CERTIFICATES names; nothing when it is not set.
Status trustCertificatesFromEnvironment();

} // namespace qad
