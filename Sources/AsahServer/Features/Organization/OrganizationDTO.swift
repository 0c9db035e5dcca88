import Vapor

/// API shapes (keys become snake_case on the wire).
struct Paged<Item: Content>: Content {
    var items: [Item]
    var page: Int
    var per: Int
    var total: Int
}

struct AgencyDTO: Content {
    var code: String
    var name: String
    var kind: String
    var province: String
    var employees: Int
}

struct UnitDTO: Content {
    var id: UUID
    var parentId: UUID?
    var name: String
    var code: String?
    var employees: Int
}

struct Ref: Content {
    var id: UUID
    var name: String
}

struct PositionRef: Content {
    var id: UUID
    var name: String
    var kind: String
    var jenjang: String?
}

struct EmployeeSummaryDTO: Content {
    var nip: String
    var name: String
    var fullName: String
    var status: String
    var golongan: String?
    var unit: Ref?
    var position: String?
}

struct EmployeeDTO: Content {
    var nip: String
    var name: String
    var gelarDepan: String?
    var gelarBelakang: String?
    var fullName: String
    var status: String
    var golongan: String?
    var gender: String
    var birthDate: String
    var email: String?
    var phone: String?
    var unit: Ref?
    var position: PositionRef?
    var supervisorNip: String?
}

struct ImportResultDTO: Content {
    var created: Int
    var updated: Int
    var unchanged: Int
    var unitsCreated: Int
    var positionsCreated: Int
    var dryRun: Bool
    var errors: [APIError.Detail]
}
