using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AutoInstrument.Build.Tasks;

/// <summary>
/// Reads the objectives recorded as <c>[assembly: AutoInstrument.Runtime.ServiceLevelObjectiveRecord(…)]</c> from a
/// built assembly's metadata, without loading it (so the file is never locked and no code of it runs).
/// </summary>
internal static class AssemblyObjectives
{
    private const string Namespace = "AutoInstrument.Runtime";
    private const string TypeName = "ServiceLevelObjectiveRecordAttribute";

    public static IReadOnlyList<Objective> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return Array.Empty<Objective>();
        }

        var reader = pe.GetMetadataReader();
        var objectives = new List<Objective>();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (IsRecord(reader, attribute.Constructor))
            {
                objectives.Add(Decode(reader.GetBlobReader(attribute.Value)));
            }
        }

        return objectives.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
    }

    private static bool IsRecord(MetadataReader reader, EntityHandle constructor)
    {
        EntityHandle type;
        if (constructor.Kind == HandleKind.MemberReference)
        {
            type = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        }
        else if (constructor.Kind == HandleKind.MethodDefinition)
        {
            type = reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
        }
        else
        {
            return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => Is(reader, reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => Is(reader, reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };
    }

    private static bool Is(MetadataReader reader, StringHandle @namespace, StringHandle name) =>
        reader.StringComparer.Equals(@namespace, Namespace) && reader.StringComparer.Equals(name, TypeName);

    // The constructor's blob (ECMA-335 II.23.3): prolog 0x0001, then (string name, double target, double latencyThreshold,
    // int windowDays, string instrument, string buckets, string functions).
    private static Objective Decode(BlobReader blob)
    {
        if (blob.ReadUInt16() != 1)
        {
            throw new BadImageFormatException("A ServiceLevelObjectiveRecord attribute has no prolog.");
        }

        var name = blob.ReadSerializedString() ?? string.Empty;
        var target = blob.ReadDouble();
        var threshold = blob.ReadDouble();
        var windowDays = blob.ReadInt32();
        var instrument = blob.ReadSerializedString() ?? string.Empty;
        var buckets = Split(blob.ReadSerializedString());
        var functions = Split(blob.ReadSerializedString());
        return new Objective(name, target, threshold, windowDays, instrument, buckets, functions);
    }

    private static IReadOnlyList<string> Split(string? value) =>
        (value ?? string.Empty).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
}
