import Vapor

/// Streams a CSV download a batch at a time, so that an export of any size keeps memory flat.
enum CSVResponse {
    /// `nextBatch` gets the rows written so far and returns the next lines, or an empty array when done.
    static func stream(filename: String, header: [String], nextBatch: @escaping @Sendable (Int) async throws -> [[String?]]) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        let body = Response.Body(asyncStream: { writer in
            do {
                try await writer.write(.buffer(ByteBuffer(string: CSVWriter.byteOrderMark + CSVWriter.line(header))))
                var written = 0
                while true {
                    let rows = try await nextBatch(written)
                    if rows.isEmpty { break }
                    written += rows.count
                    try await writer.write(.buffer(ByteBuffer(string: rows.map(CSVWriter.line).joined())))
                }
                try await writer.write(.end)
            } catch {
                try? await writer.write(.error(error))
            }
        })
        return Response(status: .ok, headers: headers, body: body)
    }
}
