#include "api/documents/upload.hpp"

#include "api/problem.hpp"
#include "api/query.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

Upload read_upload(const Request& request, const std::map<std::string, std::string>& parameters) {
    const auto filename = parameters.count("filename") ? parameters.at("filename") : std::string{};
    if (filename.empty() || domain::code_points(filename) > 255 || filename.find_first_of("/\\") != std::string::npos)
        throw bad_parameter("filename", "give the file's name, without folders", "invalid_filename");
    const auto declared = domain::parse_media_type(request.header("content-type").value_or(""));
    const auto& stored = request.upload;
    const auto found = stored ? stored->type : std::nullopt;
    if (!declared || !found || *declared != *found)
        throw Problem{415, "unsupported-document-type", "Unsupported document",
                      "Documents must be PDF, DOCX, ODT, XLSX, ODS, PNG, JPEG or plain text, sent with the "
                      "Content-Type their content has."};
    return {filename, *found, stored->id, stored->size, stored->sha256};
}

}  // namespace collabtender::api
