/// The version the status page and `/metrics` report; raised with each release.
enum AsahVersion {
    static let current = "0.11.0"
}
