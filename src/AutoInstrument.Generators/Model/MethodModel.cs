using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>The instrumented method: everything the emitters need to write a wrapper with its exact signature.</summary>
/// <param name="ContainingType">The fully qualified containing type, with its type parameters.</param>
/// <param name="Name">The method name, escaped when it is a keyword.</param>
/// <param name="Receiver">What the method is called on.</param>
/// <param name="IsExtension">A classic extension method: its first parameter carries <c>this</c>.</param>
/// <param name="TypeParameters">The containing type's type parameters followed by the method's.</param>
/// <param name="MethodTypeParameterCount">How many of <paramref name="TypeParameters"/> belong to the method.</param>
/// <param name="Parameters">The parameters in declaration order.</param>
/// <param name="ReturnType">The fully qualified return type with nullable annotations, <c>void</c> included.</param>
/// <param name="ReturnAttributes">The flow-analysis attributes of the result, e.g. <c>[return: global::…MaybeNull] </c>, or empty.</param>
/// <param name="HelperReturnType">The return type without its nullable annotation, for the helper that follows a task or an enumeration: it is never null.</param>
/// <param name="Shape">How completion of the work is observed.</param>
/// <param name="ResultType">The type of the value produced: <c>T</c> of <c>Task&lt;T&gt;</c>, the element type of an enumeration, the return type otherwise; null for void shapes.</param>
/// <param name="QualifiedName">The <c>code.function.name</c> value: namespace, type and method.</param>
/// <param name="FilePath">The <c>code.file.path</c> value.</param>
/// <param name="LineNumber">The <c>code.line.number</c> value (1-based).</param>
/// <param name="Access">How the wrapper calls the method.</param>
/// <param name="Attributes">The attributes the wrapper and its helpers carry.</param>
internal sealed record MethodModel(
    string ContainingType,
    string Name,
    ReceiverKind Receiver,
    bool IsExtension,
    EquatableArray<TypeParameterModel> TypeParameters,
    int MethodTypeParameterCount,
    EquatableArray<ParameterModel> Parameters,
    string ReturnType,
    string ReturnAttributes,
    string HelperReturnType,
    ReturnShape Shape,
    string? ResultType,
    string QualifiedName,
    string FilePath,
    int LineNumber,
    AccessModel Access,
    WrapperAttributesModel Attributes);
