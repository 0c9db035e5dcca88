import AsahServer

@main
enum Entrypoint {
    static func main() async throws {
        try await AsahMain.run()
    }
}
