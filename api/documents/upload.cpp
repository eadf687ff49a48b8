#include "api/documents/upload.hpp"

#include "api/problem.hpp"

namespace collabtender::api {

Upload read_upload(const Request& request, const std::map<std::string, std::string>& parameters) {
    const auto filename = parameters.count("filename") ? parameters.at("filename") : std::string{};
    if (filename.empty() || filename.size() > 255 || filename.find_first_of("/\\") != std::string::npos)
        throw Problem{400, "invalid-query", "Invalid query parameter", "A query parameter is not acceptable."}
            .with_errors({{"?filename", "invalid_filename", "give the file's name, without folders"}});
    const auto declared = domain::parse_media_type(request.header("content-type").value_or(""));
    const auto found = domain::sniff(request.body);
    if (!declared || !found || *declared != *found)
        throw Problem{415, "unsupported-document-type", "Unsupported document",
                      "Documents must be PDF, DOCX, ODT, XLSX, ODS, PNG, JPEG or plain text, sent with the "
                      "Content-Type their content has."};
    return {filename, *found};
}

}  // namespace collabtender::api
