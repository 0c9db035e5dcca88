import AsahCore
import Fluent
import Vapor

extension Guard {
    /// The mutasi request named by `:id`: seen by the managers of its two agencies, decided by the
    /// sending agency's; to anyone else it does not exist.
    func transfer(decide: Bool) async throws -> TransferQueries.Row {
        guard let t = try await TransferQueries.find(try id("id", .transfer), on: db) else {
            throw RecordKind.transfer.notFound
        }
        try require(
            AccessPolicy.transfer(from: t.fromAgencyID, to: t.toAgencyID, decide: decide, actor), .transfer,
            refusal: "Permintaan mutasi diputuskan oleh pengelola instansi asal pegawai.")
        return t
    }
}
