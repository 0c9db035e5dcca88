/// Page numbers from a query string, made safe: a huge `page` must not overflow `(page - 1) * per`.
public struct Paging: Sendable, Equatable {
    public let page: Int
    public let per: Int

    public static let maxPage = 100_000

    public init(page: Int?, per: Int?, defaultPer: Int, maxPer: Int) {
        self.per = min(maxPer, max(1, per ?? defaultPer))
        self.page = min(Self.maxPage, max(1, page ?? 1))
    }

    public var offset: Int { (page - 1) * per }

    public func pages(total: Int) -> Int { max(1, (total + per - 1) / per) }
}
