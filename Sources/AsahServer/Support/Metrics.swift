import NIOConcurrencyHelpers
import Vapor

/// Request counts and latencies of this node, for `/metrics` (Prometheus text format 0.0.4). Counted
/// by method and status class only: a path label would grow with every NIP and id.
final class Metrics: Sendable {
    /// Upper bounds of the latency histogram, in seconds.
    static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct State {
        var requests: [String: Int] = [:]
        var bucketCounts = [Int](repeating: 0, count: Metrics.buckets.count)
        var count = 0
        var sum: Double = 0
    }

    private let state = NIOLockedValueBox(State())

    func record(method: HTTPMethod, status: HTTPResponseStatus, seconds: Double) {
        let key = "method=\"\(method.rawValue)\",status=\"\(status.code / 100)xx\""
        state.withLockedValue { s in
            s.requests[key, default: 0] += 1
            for (i, bound) in Self.buckets.enumerated() where seconds <= bound { s.bucketCounts[i] += 1 }
            s.count += 1
            s.sum += seconds
        }
    }

    /// The text Prometheus scrapes; `pool` adds the database pool's size.
    func text(database: String, poolConnections: Int) -> String {
        let s = state.withLockedValue { $0 }
        var out = "# HELP asah_http_requests_total Requests answered, by method and status class.\n"
        out += "# TYPE asah_http_requests_total counter\n"
        for (key, n) in s.requests.sorted(by: { $0.key < $1.key }) { out += "asah_http_requests_total{\(key)} \(n)\n" }
        out += "# HELP asah_http_request_duration_seconds Time from request to response.\n"
        out += "# TYPE asah_http_request_duration_seconds histogram\n"
        for (i, bound) in Self.buckets.enumerated() {
            out += "asah_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(s.bucketCounts[i])\n"
        }
        out += "asah_http_request_duration_seconds_bucket{le=\"+Inf\"} \(s.count)\n"
        out += "asah_http_request_duration_seconds_sum \(s.sum)\n"
        out += "asah_http_request_duration_seconds_count \(s.count)\n"
        out += "# HELP asah_db_pool_connections Database connections this node may open.\n"
        out += "# TYPE asah_db_pool_connections gauge\n"
        out += "asah_db_pool_connections{database=\"\(database)\"} \(poolConnections)\n"
        return out
    }
}

/// Times every request into `Metrics`, errors included (as the status they were answered with).
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: Metrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        func seconds() -> Double {
            let d = ContinuousClock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        do {
            let response = try await next.respond(to: request)
            metrics.record(method: request.method, status: response.status, seconds: seconds())
            return response
        } catch {
            let status = (error as? any AbortError)?.status ?? .internalServerError
            metrics.record(method: request.method, status: status, seconds: seconds())
            throw error
        }
    }
}

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = Metrics }

    var metrics: Metrics {
        if let m = storage[MetricsKey.self] { return m }
        let m = Metrics()
        storage[MetricsKey.self] = m
        return m
    }
}
