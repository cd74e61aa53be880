#pragma once

namespace qad {

// Turns Nagle's algorithm off (TCP_NODELAY) on this process's TCP connections to `peerPort` that still have
// it on; returns how many it changed. QNetworkAccessManager never sets TCP_NODELAY, and over HTTP/2 it writes
// a POST as a HEADERS frame and then a DATA frame: with Nagle on, the DATA frame waits until the peer
// acknowledges the HEADERS (a round trip, or the peer's delayed ACK of up to 40 ms). Measured on loopback
// with 6 requests in flight, HTTP/2 went from about 1,900 to about 4,800 POSTs/s with it off. The sockets are
// Qt's, reachable only through their descriptors, so this looks them up; HttpSender calls it when a TLS
// handshake ends, before the connection sends anything. A no-op where descriptors are not Unix ones.
int disableNagle(int peerPort);

} // namespace qad
