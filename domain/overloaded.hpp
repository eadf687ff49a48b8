#pragma once

namespace collabtender::domain {

// std::visit with one lambda per alternative, e.g. per kind of gate.
template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace collabtender::domain
