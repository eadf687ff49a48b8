#include "service/http_session.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <sodium.h>

#include "api/problem.hpp"
#include "domain/document_type.hpp"
#include "service/dispatcher.hpp"
#include "service/logging.hpp"
#include "service/metrics.hpp"

namespace collabtender::service {
namespace {

// A client's X-Request-Id is kept when it is short and plain, so that it can be
// followed through logs; otherwise the service makes one.
std::string request_id_for(const http::request_header<>& request) {
    const auto given = request["X-Request-Id"];
    const bool usable = !given.empty() && given.size() <= 128 &&
                        std::all_of(given.begin(), given.end(), [](char c) {
                            return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
                        });
    if (usable) return std::string{given};
    // A random prefix per process and a counter: unique across instances and
    // restarts without a system call per request.
    static const std::uint32_t prefix = randombytes_random();
    static std::atomic<std::uint64_t> counter{0};
    char id[25];
    std::snprintf(id, sizeof id, "%08x%016llx", prefix, static_cast<unsigned long long>(counter++));
    return id;
}

// Beast accepts any token as a method; metrics label only the ones HTTP defines,
// so that made-up methods cannot grow the label set without bound.
std::string method_label(const http::request_header<>& header) {
    return header.method() == http::verb::unknown ? "OTHER" : std::string{header.method_string()};
}

// The request as handlers see it, without its body.
api::Request api_request_head(const http::request_header<>& header, std::string request_id) {
    api::Request out;
    out.method = std::string{header.method_string()};
    const auto target = header.target();
    const auto question = target.find('?');
    out.path = std::string{target.substr(0, question)};
    if (question != std::string_view::npos) out.query = std::string{target.substr(question + 1)};
    for (const auto& field : header) {
        std::string name{field.name_string()};
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto [slot, inserted] = out.headers.try_emplace(name, field.value());
        if (!inserted) slot->second += ", " + std::string{field.value()};
    }
    out.request_id = std::move(request_id);
    return out;
}

api::Request to_api_request(http::request<http::string_body>& request, std::string request_id) {
    auto out = api_request_head(request, std::move(request_id));
    out.body = std::move(request.body());
    return out;
}

// RFC 9112 section 6.1: chunked is the only transfer coding this server reads.
// Any other, or chunked not alone, leaves the body's length unknown to us; framing
// it by Content-Length, or not at all, is how requests are smuggled past proxies.
bool framing_supported(const http::request_header<>& header) {
    std::string codings;
    const auto [first, last] = header.equal_range(http::field::transfer_encoding);
    for (auto field = first; field != last; ++field) codings.append(",").append(field->value());
    if (first == last) return true;
    std::vector<std::string> tokens;
    std::string token;
    for (const char c : codings + ",") {
        if (c == ',') {
            if (!token.empty()) tokens.push_back(std::move(token));
            token.clear();
        } else if (c != ' ' && c != '\t') {
            token += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return tokens == std::vector<std::string>{"chunked"};
}

// The status line and fields as one piece of text. Beast writes a header as a
// buffer per field; with the API's eight fields, walking that sequence through
// each partial write cost more than the rest of a small request together
// (callgrind: some 30,000 instructions a response), where copying it once does not.
std::string serialized_head(http::response<http::string_body>& message) {
    http::response_serializer<http::string_body> serializer{message};
    serializer.split(true);
    std::string out;
    beast::error_code error;
    while (!error && !serializer.is_header_done())
        serializer.next(error, [&](beast::error_code&, const auto& buffers) {
            const auto size = beast::buffer_bytes(buffers);
            const auto at = out.size();
            out.resize(at + size);
            net::buffer_copy(net::buffer(out.data() + at, size), buffers);
            serializer.consume(size);
        });
    return out;
}

}  // namespace

HttpSession::HttpSession(tcp::socket&& socket, SessionShared& shared) : stream_{std::move(socket)}, shared_{shared} {
    beast::error_code error;
    const auto remote = stream_.socket().remote_endpoint(error);
    if (!error) {
        peer_ = remote.address();
        peer_name_ = shared_.trusted_proxies.client_for(*peer_, {});
    }
    ++shared_.open_connections;
}

HttpSession::~HttpSession() {
    abandon_upload();
    release_body();
    --shared_.open_connections;
}

void HttpSession::start() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::stop_if_idle() {
    if (!busy_) do_close();
}

void HttpSession::do_read() {
    if (shared_.stopping) return do_close();
    parser_.emplace();
    // Until the header names the route, the largest limit of any route applies.
    body_limit_ = std::max(shared_.limits.body_limit, shared_.dispatcher.largest_body_limit());
    parser_->body_limit(body_limit_);
    parser_->header_limit(static_cast<std::uint32_t>(shared_.limits.header_limit));
    // One deadline for the whole request, so a slow client cannot hold a connection.
    stream_.expires_after(shared_.limits.read_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&HttpSession::on_header, shared_from_this()));
}

// Everything that can be decided from the header is decided here, cheapest first,
// so that a request the service will refuse costs it nothing more: framing, the
// route's size limit, the client's sign-in budget, and who is sending the body.
void HttpSession::on_header(beast::error_code error, std::size_t) {
    if (answer_read_error(error) || error) return;  // end of stream, timeout, reset: nothing to answer
    // From its header on, a request is in flight: a stop now lets it finish.
    busy_ = true;
    started_ = std::chrono::steady_clock::now();
    statements_ = 0;
    const auto& header = parser_->get();
    note_request(header);
    if (!framing_supported(header)) return reject(api::problems::transfer_coding_not_implemented());
    // Now that the route is known, its own limit applies: a declared length is
    // checked here, a chunked body as it arrives.
    match_ = shared_.dispatcher.match(header.method_string(), header.target());
    body_limit_ = match_.route && match_.route->body_limit ? match_.route->body_limit : shared_.limits.body_limit;
    if (const auto length = parser_->content_length(); length && *length > body_limit_)
        return reject(api::problems::payload_too_large(body_limit_));
    parser_->body_limit(body_limit_);
    const auto* route = match_.route;
    if (route && route->sign_in) {
        sign_in_key_ = SignInThrottle::client_key(client_);
        every_attempt_counts_ = route->every_attempt_counts;
        const auto attempt = shared_.sign_ins.take(sign_in_key_, started_);
        if (!attempt.allowed) {
            sign_in_key_.clear();
            return reject(api::problems::too_many_attempts_from_client(attempt.retry_after.count()));
        }
    }
    // A request without a body (most GETs) is complete already: no second read.
    if (parser_->is_done()) return on_read({}, 0);
    // A body is read only for a route that exists, from someone it admits.
    if (!route)
        return reject(match_.allowed.empty() ? api::problems::not_found()
                                             : api::problems::method_not_allowed(match_.allowed));
    if (route->access.identify) {
        // A bearer token, or a browser's session cookie.
        if (header.find(http::field::authorization) != header.end() || header.find(http::field::cookie) != header.end())
            return authorize_sender();
        if (route->access.signed_in) return reject(api::problems::unauthenticated());
    }
    read_body();
}

// What the log, the metrics and any refusal say of the request, from its header.
void HttpSession::note_request(const http::request_header<>& header) {
    client_ = client_for(header);
    request_id_ = request_id_for(header);
    method_ = method_label(header);
    version_ = header.version();
    target_ = std::string{header.target()};
}

void HttpSession::authorize_sender() {
    shared_.dispatcher.authorize(*match_.route, api_request_head(parser_->get(), request_id_),
                                 [self = shared_from_this()](std::optional<Sender> sender,
                                                             std::optional<api::Response> refusal,
                                                             std::uint64_t statements) {
        net::dispatch(self->stream_.get_executor(),
                      [self, sender = std::move(sender), refusal = std::move(refusal), statements]() mutable {
            self->statements_ += statements;
            if (refusal) return self->reject(std::move(*refusal));
            self->sender_ = std::move(sender);
            self->read_body();
        });
    });
}

// Bodies in flight share one budget: a declared length is reserved, a chunked
// body its route's whole limit, until the answer has been written. A route that
// stores its body holds only the piece in hand.
void HttpSession::read_body() {
    if (match_.route->stores_body) return store_body();
    const auto length = parser_->content_length();
    if (!reserve_body(length ? static_cast<std::size_t>(*length) : body_limit_))
        return reject(api::problems::unavailable("The service is receiving too much at once. Please try again shortly.", 1));
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

bool HttpSession::reserve_body(std::size_t bytes) {
    auto held = shared_.body_bytes.load();
    do {
        if (held + bytes > shared_.limits.body_memory) return false;
    } while (!shared_.body_bytes.compare_exchange_weak(held, held + bytes));
    body_reserved_ = bytes;
    return true;
}

void HttpSession::release_body() {
    shared_.body_bytes -= std::exchange(body_reserved_, 0);
}

std::string HttpSession::client_for(const http::request_header<>& header) const {
    if (!peer_) return "unknown";
    if (shared_.trusted_proxies.empty()) return peer_name_;  // X-Forwarded-For is not read at all
    // Several X-Forwarded-For fields read as one list, in order.
    std::string forwarded_for;
    const auto [first, last] = header.equal_range("X-Forwarded-For");
    for (auto field = first; field != last; ++field)
        forwarded_for.append(forwarded_for.empty() ? "" : ",").append(field->value());
    return shared_.trusted_proxies.client_for(*peer_, forwarded_for);
}

void HttpSession::reject(const api::Problem& problem) {
    if (!busy_) note_request(parser_->get());  // a message that broke before its header was whole
    reject(problem.to_response(target_));
}

// Answers a request whose body is not read (or not all of it), and closes: the
// rest of the message is never parsed.
void HttpSession::reject(api::Response response) {
    if (!busy_) {
        started_ = std::chrono::steady_clock::now();
        statements_ = 0;
        note_request(parser_->get());
    }
    busy_ = true;
    route_ = match_.route ? match_.route->path : "unmatched";
    probe_ = false;
    keep_alive_ = false;
    drain_on_close_ = true;
    abandon_upload();
    send(std::move(response));
}

void HttpSession::on_read(beast::error_code error, std::size_t) {
    if (answer_read_error(error) || error) return;
    handle(parser_->release());
}

// Answers 413 or 431 for a message over the limits (a declared Content-Length is
// refused as soon as the header arrives), 400 for one that is not HTTP, and
// closes on any other read error: end of stream, timeout, reset. Returns true
// when it answered.
bool HttpSession::answer_read_error(beast::error_code error) {
    if (error == http::error::body_limit) {
        reject(api::problems::payload_too_large(body_limit_));
        return true;
    }
    if (error == http::error::header_limit) {
        reject(api::problems::header_too_large());
        return true;
    }
    const bool malformed = error.category() == http::make_error_code(http::error::bad_method).category() &&
                           error != http::error::end_of_stream && error != http::error::partial_message;
    if (malformed) {
        reject(api::problems::malformed_http());
        return true;
    }
    if (error) do_close();
    return false;
}

void HttpSession::handle(http::request<http::string_body>&& request) {
    const bool keep_alive = request.keep_alive();
    dispatch(to_api_request(request, request_id_), keep_alive);
}

void HttpSession::dispatch(api::Request request, bool keep_alive) {
    keep_alive_ = keep_alive;
    request.client = client_;
    shared_.dispatcher.dispatch(std::move(request), std::move(match_), std::exchange(sender_, std::nullopt),
                                [self = shared_from_this()](Outcome outcome) {
        // Back onto this connection's strand from a database worker; a route without
        // the database answered on the strand already and goes on at once.
        net::dispatch(self->stream_.get_executor(), [self, outcome = std::move(outcome)]() mutable {
            self->route_ = std::move(outcome.route);
            self->probe_ = outcome.probe;
            self->user_id_ = std::move(outcome.user_id);
            self->statements_ += outcome.statements;
            // A refused upload's pieces were not joined into anything.
            if (outcome.response.status >= 300) self->abandon_upload();
            self->send(std::move(outcome.response));
        });
    });
}

// A document is read a piece at a time; each piece is stored (on a database
// worker) before the next is read, so a slow database slows the client down
// rather than filling memory. Its digest and type are worked out on the way.
struct UploadInProgress {
    static constexpr std::size_t piece_size = 256 * 1024;
    domain::UploadId id = new_upload_id();
    std::vector<char> piece = std::vector<char>(piece_size);
    std::size_t filled = 0;
    int stored = 0;  // pieces stored so far
    std::uint64_t size = 0;
    crypto_hash_sha256_state sha256{};
    domain::DocumentSniffer sniffer;

    UploadInProgress() { crypto_hash_sha256_init(&sha256); }

    static domain::UploadId new_upload_id() {
        unsigned char b[16];
        randombytes_buf(b, sizeof b);
        b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // a version 4 UUID
        b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
        char out[37];
        std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                      b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
        return domain::UploadId{out};
    }
    std::string digest() {
        unsigned char raw[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&sha256, raw);
        char hex[2 * sizeof raw + 1];
        sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
        return hex;
    }
};

void HttpSession::store_body() {
    if (!reserve_body(UploadInProgress::piece_size))
        return reject(api::problems::unavailable("The service is receiving too much at once. Please try again shortly.", 1));
    upload_ = std::make_shared<UploadInProgress>();
    upload_parser_.emplace(std::move(*parser_));
    upload_parser_->body_limit(body_limit_);
    read_piece();
}

void HttpSession::read_piece() {
    auto& body = upload_parser_->get().body();
    body.data = upload_->piece.data() + upload_->filled;
    body.size = upload_->piece.size() - upload_->filled;
    body.more = true;
    http::async_read(stream_, buffer_, *upload_parser_,
                     beast::bind_front_handler(&HttpSession::on_piece, shared_from_this()));
}

void HttpSession::on_piece(beast::error_code error, std::size_t) {
    if (error == http::error::need_buffer) error = {};
    if (error) {
        if (!answer_read_error(error)) abandon_upload();
        return;
    }
    auto& upload = *upload_;
    upload.filled = upload.piece.size() - upload_parser_->get().body().size;
    const bool whole = upload_parser_->is_done();
    if (!whole && upload.filled < upload.piece.size()) return read_piece();
    if (upload.filled == 0) return finish_upload();
    auto bytes = std::make_shared<const std::string>(upload.piece.data(), upload.filled);
    upload.filled = 0;
    upload.size += bytes->size();
    crypto_hash_sha256_update(&upload.sha256, reinterpret_cast<const unsigned char*>(bytes->data()), bytes->size());
    upload.sniffer.add(*bytes);
    shared_.dispatcher.store_piece(upload.id, upload.stored++, bytes,
                                   [self = shared_from_this(), whole](bool stored, std::uint64_t statements) {
        net::dispatch(self->stream_.get_executor(), [self, whole, stored, statements] {
            self->statements_ += statements;
            if (!stored)
                return self->reject(api::problems::unavailable("The document could not be stored. Please try again.", 1));
            if (whole) return self->finish_upload();
            self->read_piece();
        });
    });
}

void HttpSession::finish_upload() {
    auto request = api_request_head(upload_parser_->get(), request_id_);
    request.upload = api::StoredUpload{upload_->id, upload_->size, upload_->digest(), upload_->sniffer.type()};
    dispatch(std::move(request), upload_parser_->get().keep_alive());
}

// Pieces stored for an upload that will not be joined: removed now, or by the
// timetable if this does not get through.
void HttpSession::abandon_upload() {
    if (upload_ && upload_->stored > 0) shared_.dispatcher.discard_upload(upload_->id);
    upload_.reset();
}

template <typename Body>
void HttpSession::set_head(http::response<Body>& message, const api::Response& response, bool keep_alive) {
    message.set(http::field::server, "collabtender");
    if (!response.content_type.empty()) message.set(http::field::content_type, response.content_type);
    message.set("X-Request-Id", request_id_);
    // API answers are data, never pages: nothing may run, frame or cache them.
    // The web client's files set their own policy and caching.
    message.set(http::field::cache_control, "no-store");
    message.set("X-Content-Type-Options", "nosniff");
    message.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    message.set("Referrer-Policy", "no-referrer");
    for (const auto& [name, value] : response.headers) message.set(name, value);
    message.keep_alive(keep_alive);
}

void HttpSession::send(api::Response response) {
    const bool keep_alive = keep_alive_ && !shared_.stopping;
    // A sign-in that worked, or that the service failed, does not count against its
    // client; a request for a reset link always does (its answer never says whether it worked).
    if (!sign_in_key_.empty() && !every_attempt_counts_ && (response.status < 400 || response.status >= 500))
        shared_.sign_ins.give_back(sign_in_key_, std::chrono::steady_clock::now());
    sign_in_key_.clear();
    // Logged when the answer is decided: a streamed body's time is the client's.
    const auto duration = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started_);
    shared_.metrics.observe(method_, route_, response.status, duration, statements_);
    log_request({request_id_, method_, route_, response.status, duration, statements_, user_id_, client_, probe_});
    stream_.expires_after(shared_.limits.read_timeout);
    if (response.streamed) return send_streamed(response, keep_alive);

    auto message = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(response.status),
                                                                        version_);
    set_head(*message, response, keep_alive);
    message->body() = std::move(response.body);
    message->prepare_payload();
    response_ = message;
    head_ = serialized_head(*response_);
    net::async_write(stream_, std::array{net::const_buffer{net::buffer(head_)}, net::const_buffer{net::buffer(response_->body())}},
                     beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), !keep_alive));
}

// The head with the body's length, then the body a piece at a time, each read
// from the database only once the one before has been written: a slow client
// holds one piece in memory, never the whole document.
void HttpSession::send_streamed(const api::Response& response, bool keep_alive) {
    auto head = std::make_shared<http::response<http::empty_body>>(static_cast<http::status>(response.status), version_);
    set_head(*head, response, keep_alive);
    head->content_length(response.streamed->size);
    auto serializer = std::make_shared<http::response_serializer<http::empty_body>>(*head);
    streaming_ = Streaming{head, serializer, std::make_shared<const api::StreamedBody>(*response.streamed), 0, {},
                           keep_alive};
    http::async_write_header(stream_, *serializer, [self = shared_from_this()](beast::error_code error, std::size_t) {
        if (error) return self->do_close();
        self->stream_next();
    });
}

void HttpSession::stream_next() {
    auto& streaming = *streaming_;
    if (streaming.offset >= streaming.body->size) {
        const bool close = !streaming.keep_alive;
        streaming_.reset();
        return on_write(close, {}, 0);
    }
    shared_.dispatcher.read_piece(streaming.body, streaming.offset, [self = shared_from_this()](auto piece) {
        net::post(self->stream_.get_executor(), [self, piece = std::move(piece)]() mutable {
            // Fewer bytes than announced: closing tells the client the body is cut.
            if (!piece || piece->empty()) return self->do_close();
            self->streaming_->piece = std::move(*piece);
            self->stream_.expires_after(self->shared_.limits.read_timeout);
            net::async_write(self->stream_, net::buffer(self->streaming_->piece),
                             [self](beast::error_code error, std::size_t bytes) {
                                 if (error) return self->do_close();
                                 self->streaming_->offset += bytes;
                                 self->stream_next();
                             });
        });
    });
}

void HttpSession::on_write(bool close, beast::error_code error, std::size_t) {
    busy_ = false;
    release_body();
    upload_.reset();
    upload_parser_.reset();
    response_.reset();
    head_.clear();
    user_id_.clear();
    if (!error && close && drain_on_close_) return drain();
    if (error || close) return do_close();
    do_read();
}

// A client still sending the body we refused would get a reset, and often lose
// our answer with it, if we closed now. So: stop sending, then read and drop what
// it sends for a moment (bounded in time and bytes), then close.
void HttpSession::drain() {
    if (drain_buffer_.empty()) {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream_.expires_after(std::chrono::seconds{2});
        drain_buffer_.resize(16 * 1024);
    }
    stream_.async_read_some(net::buffer(drain_buffer_), [self = shared_from_this()](beast::error_code error,
                                                                                     std::size_t bytes) {
        self->drained_ += bytes;
        if (error || self->drained_ > 8 * 1024 * 1024) return self->stream_.close();
        self->drain();
    });
}

void HttpSession::do_close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.close();
}

}  // namespace collabtender::service
