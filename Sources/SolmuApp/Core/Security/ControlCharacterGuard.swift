import NIOCore
import Vapor

/// Refuses (422) a JSON or form body whose text holds a control character — NUL, escape, backspace, DEL and the rest;
/// tab and line breaks are text. A NUL would otherwise be stored and read back cut short, and the others have no
/// place in a name or a description. Checked once here for every route, on the bytes as sent, before any handler
/// decodes them.
struct ControlCharacterGuard: AsyncMiddleware {
    let limit: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // No route takes multipart yet; until one does (with its own checks), such a body cannot slip past these.
        // A request without a body (a GET that names a content type anyway) has nothing to refuse.
        if request.headers.contentType?.type == "multipart", Self.hasBody(request) { throw Abort(.unsupportedMediaType) }
        if let type = request.headers.contentType, type.type == "application",
            type.subType == "json" || type.subType.hasSuffix("+json") || type.subType == "x-www-form-urlencoded"
        {
            let allowed = BodyLimitMiddleware.isDocument(request.url.path) ? max(limit, BodyLimitMiddleware.documentLimit) : limit
            let body = try await request.body.collect(max: allowed).get()
            if let body, body.readableBytes > 0 {
                let bytes = body.readableBytesView
                let clean = type.subType == "x-www-form-urlencoded" ? Self.formIsClean(bytes) : Self.jsonIsClean(bytes)
                guard clean else {
                    throw Problem(status: .unprocessableEntity, titleKey: "problem.validation.title", detailKey: "problem.controlCharacter.detail")
                }
            }
        }
        return try await next.respond(to: request)
    }

    static func hasBody(_ request: Request) -> Bool {
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init) { return length > 0 }
        return request.headers.contains(name: .transferEncoding)
    }

    static func isForbidden(_ code: UInt32) -> Bool {
        (code < 0x20 && code != 0x09 && code != 0x0A && code != 0x0D) || code == 0x7F
    }

    /// Raw bytes and `\uXXXX` escapes (outside strings JSON allows only tab and line breaks as white space anyway).
    static func jsonIsClean(_ bytes: ByteBufferView) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if isForbidden(UInt32(byte)) { return false }
            if byte == UInt8(ascii: "\\"), bytes.index(after: index) < bytes.endIndex {
                let escaped = bytes[bytes.index(after: index)]
                if escaped == UInt8(ascii: "b") || escaped == UInt8(ascii: "f") { return false }
                if escaped == UInt8(ascii: "u"), let code = hex(bytes, from: index + 2, count: 4), isForbidden(code) { return false }
                index += 2
                continue
            }
            index += 1
        }
        return true
    }

    /// Raw bytes and `%XX` escapes.
    static func formIsClean(_ bytes: ByteBufferView) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if isForbidden(UInt32(byte)) { return false }
            if byte == UInt8(ascii: "%"), let code = hex(bytes, from: index + 1, count: 2) {
                if isForbidden(code) { return false }
                index += 3
                continue
            }
            index += 1
        }
        return true
    }

    private static func hex(_ bytes: ByteBufferView, from start: Int, count: Int) -> UInt32? {
        guard start + count <= bytes.endIndex else { return nil }
        var value: UInt32 = 0
        for index in start..<(start + count) {
            guard let digit = Character(UnicodeScalar(bytes[index])).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
