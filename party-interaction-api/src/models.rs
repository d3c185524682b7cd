#![allow(unused_qualifications)]
#[cfg(not(feature = "validate"))]
use validator::Validate;

use crate::models;
#[cfg(any(feature = "client", feature = "server"))]
use crate::header;
#[cfg(feature = "validate")]
use serde_valid::Validate;

/// Complements the description of an element (for instance a product) through video, pictures...
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Attachment {
    /// Unique identifier for this particular attachment
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// URI for this Attachment
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// Attachment type such as video, picture
    #[serde(rename = "attachmentType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub attachment_type: Option<String>,

    /// The actual contents of the attachment object, if embedded, encoded as base64
    #[serde(rename = "content")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub content: Option<String>,

    /// A narrative text describing the content of the attachment
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// Attachment mime type such as extension file for video, picture and document
    #[serde(rename = "mimeType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mime_type: Option<String>,

    /// The name of the attachment
    #[serde(rename = "name")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    /// Uniform Resource Locator, is a web page address (a subset of URI)
    #[serde(rename = "url")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    #[serde(rename = "size")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub size: Option<models::Quantity>,

    #[serde(rename = "validFor")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub valid_for: Option<models::TimePeriod>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Attachment {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Attachment {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Attachment {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Attachment {
        Attachment {
            id: None,
            href: None,
            attachment_type: None,
            content: None,
            description: None,
            mime_type: None,
            name: None,
            url: None,
            size: None,
            valid_for: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the Attachment value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Attachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.attachment_type.as_ref().map(|attachment_type| {
                [
                    "attachmentType".to_string(),
                    attachment_type.to_string(),
                ].join(",")
            }),
            self.content.as_ref().map(|content| {
                [
                    "content".to_string(),
                    content.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.mime_type.as_ref().map(|mime_type| {
                [
                    "mimeType".to_string(),
                    mime_type.to_string(),
                ].join(",")
            }),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type size in query parameter serialization
            // Skipping non-primitive type validFor in query parameter serialization
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Attachment value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Attachment {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub attachment_type: Vec<String>,
            pub content: Vec<String>,
            pub description: Vec<String>,
            pub mime_type: Vec<String>,
            pub name: Vec<String>,
            pub url: Vec<String>,
            pub size: Vec<models::Quantity>,
            pub valid_for: Vec<models::TimePeriod>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Attachment".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "attachmentType" => intermediate_rep.attachment_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "content" => intermediate_rep.content.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mimeType" => intermediate_rep.mime_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "size" => intermediate_rep.size.push(<models::Quantity as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "validFor" => intermediate_rep.valid_for.push(<models::TimePeriod as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Attachment".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Attachment {
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            attachment_type: intermediate_rep.attachment_type.into_iter().next(),
            content: intermediate_rep.content.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            mime_type: intermediate_rep.mime_type.into_iter().next(),
            name: intermediate_rep.name.into_iter().next(),
            url: intermediate_rep.url.into_iter().next(),
            size: intermediate_rep.size.into_iter().next(),
            valid_for: intermediate_rep.valid_for.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Attachment> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Attachment>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Attachment>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Attachment - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Attachment> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Attachment as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Attachment - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Attachment>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Attachment>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Attachment>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Attachment> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Attachment as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Attachment - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Attachment reference. An attachment complements the description of an element (for instance a product) through video, pictures
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AttachmentRef {
    /// Unique-Identifier for this attachment
    #[serde(rename = "id")]

    pub id: String,

    /// URL serving as reference for the attachment resource
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// A narrative text describing the content of the attachment
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// Name of the related entity.
    #[serde(rename = "name")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    /// Link to the attachment media/content
    #[serde(rename = "url")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

    /// The actual type of the target instance when needed for disambiguation.
    #[serde(rename = "@referredType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_referred_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AttachmentRef {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AttachmentRef {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl AttachmentRef {
    #[allow(clippy::new_without_default)]
    pub fn new(id: String, ) -> AttachmentRef {
        AttachmentRef {
            id,
            href: None,
            description: None,
            name: None,
            url: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
            at_referred_type: None,
        }
    }
}

/// Converts the AttachmentRef value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AttachmentRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("id".to_string()),
            Some(self.id.to_string()),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
            self.at_referred_type.as_ref().map(|at_referred_type| {
                [
                    "@referredType".to_string(),
                    at_referred_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AttachmentRef value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AttachmentRef {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub description: Vec<String>,
            pub name: Vec<String>,
            pub url: Vec<String>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
            pub at_referred_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AttachmentRef".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@referredType" => intermediate_rep.at_referred_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing AttachmentRef".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AttachmentRef {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in AttachmentRef".to_string())?,
            href: intermediate_rep.href.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            name: intermediate_rep.name.into_iter().next(),
            url: intermediate_rep.url.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
            at_referred_type: intermediate_rep.at_referred_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AttachmentRef> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AttachmentRef>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AttachmentRef>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AttachmentRef - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AttachmentRef> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AttachmentRef as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AttachmentRef - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AttachmentRef>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AttachmentRef>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AttachmentRef>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AttachmentRef> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AttachmentRef as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AttachmentRef - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// An attachment by value or by reference. For AttachmentRefOrValue, the attribute type,schemaLocation and referredType are related to the contained entity and not to AttchmentRefOrValue itself
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AttachmentRefOrValue {
    /// Unique identifier for this particular attachment
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// URI for this Attachment
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// Attachment type such as video, picture
    #[serde(rename = "attachmentType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub attachment_type: Option<String>,

    /// The actual contents of the attachment object, if embedded, encoded as base64
    #[serde(rename = "content")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub content: Option<String>,

    /// A narrative text describing the content of the attachment
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// Attachment mime type such as extension file for video, picture and document
    #[serde(rename = "mimeType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub mime_type: Option<String>,

    /// The name of the attachment
    #[serde(rename = "name")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    /// Uniform Resource Locator, is a web page address (a subset of URI)
    #[serde(rename = "url")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    #[serde(rename = "size")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub size: Option<models::Quantity>,

    #[serde(rename = "validFor")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub valid_for: Option<models::TimePeriod>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

    /// The actual type of the target instance when needed for disambiguation.
    #[serde(rename = "@referredType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_referred_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AttachmentRefOrValue {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AttachmentRefOrValue {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl AttachmentRefOrValue {
    #[allow(clippy::new_without_default)]
    pub fn new() -> AttachmentRefOrValue {
        AttachmentRefOrValue {
            id: None,
            href: None,
            attachment_type: None,
            content: None,
            description: None,
            mime_type: None,
            name: None,
            url: None,
            size: None,
            valid_for: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
            at_referred_type: None,
        }
    }
}

/// Converts the AttachmentRefOrValue value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AttachmentRefOrValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.attachment_type.as_ref().map(|attachment_type| {
                [
                    "attachmentType".to_string(),
                    attachment_type.to_string(),
                ].join(",")
            }),
            self.content.as_ref().map(|content| {
                [
                    "content".to_string(),
                    content.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.mime_type.as_ref().map(|mime_type| {
                [
                    "mimeType".to_string(),
                    mime_type.to_string(),
                ].join(",")
            }),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type size in query parameter serialization
            // Skipping non-primitive type validFor in query parameter serialization
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
            self.at_referred_type.as_ref().map(|at_referred_type| {
                [
                    "@referredType".to_string(),
                    at_referred_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AttachmentRefOrValue value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AttachmentRefOrValue {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub attachment_type: Vec<String>,
            pub content: Vec<String>,
            pub description: Vec<String>,
            pub mime_type: Vec<String>,
            pub name: Vec<String>,
            pub url: Vec<String>,
            pub size: Vec<models::Quantity>,
            pub valid_for: Vec<models::TimePeriod>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
            pub at_referred_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AttachmentRefOrValue".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "attachmentType" => intermediate_rep.attachment_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "content" => intermediate_rep.content.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "mimeType" => intermediate_rep.mime_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "size" => intermediate_rep.size.push(<models::Quantity as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "validFor" => intermediate_rep.valid_for.push(<models::TimePeriod as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@referredType" => intermediate_rep.at_referred_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing AttachmentRefOrValue".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AttachmentRefOrValue {
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            attachment_type: intermediate_rep.attachment_type.into_iter().next(),
            content: intermediate_rep.content.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            mime_type: intermediate_rep.mime_type.into_iter().next(),
            name: intermediate_rep.name.into_iter().next(),
            url: intermediate_rep.url.into_iter().next(),
            size: intermediate_rep.size.into_iter().next(),
            valid_for: intermediate_rep.valid_for.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
            at_referred_type: intermediate_rep.at_referred_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AttachmentRefOrValue> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AttachmentRefOrValue>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AttachmentRefOrValue>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AttachmentRefOrValue - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AttachmentRefOrValue> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AttachmentRefOrValue as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AttachmentRefOrValue - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AttachmentRefOrValue>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AttachmentRefOrValue>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AttachmentRefOrValue>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AttachmentRefOrValue> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AttachmentRefOrValue as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AttachmentRefOrValue - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Used when an API throws an Error, typically with a HTTP error response-code (3xx, 4xx, 5xx)
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Error {
    /// Application relevant detail, defined in the API or a common list.
    #[serde(rename = "code")]

    pub code: String,

    /// Explanation of the reason for the error which can be shown to a client user.
    #[serde(rename = "reason")]

    pub reason: String,

    /// More details and corrective actions related to the error which can be shown to a client user.
    #[serde(rename = "message")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub message: Option<String>,

    /// HTTP Error code extension
    #[serde(rename = "status")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub status: Option<String>,

    /// A unique identifier for tracking all incoming requests
    #[serde(rename = "transactionId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub transaction_id: Option<String>,

    /// Error response code
    #[serde(rename = "timestamp")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub timestamp: Option<chrono::DateTime::<chrono::Utc>>,

    /// URI of documentation describing the error.
    #[serde(rename = "referenceError")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub reference_error: Option<String>,

    /// When sub-classing, this defines the super-class.
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name.
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Error {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Error {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Error {
    #[allow(clippy::new_without_default)]
    pub fn new(code: String, reason: String, ) -> Error {
        Error {
            code,
            reason,
            message: None,
            status: None,
            transaction_id: None,
            timestamp: None,
            reference_error: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the Error value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("code".to_string()),
            Some(self.code.to_string()),
            Some("reason".to_string()),
            Some(self.reason.to_string()),
            self.message.as_ref().map(|message| {
                [
                    "message".to_string(),
                    message.to_string(),
                ].join(",")
            }),
            self.status.as_ref().map(|status| {
                [
                    "status".to_string(),
                    status.to_string(),
                ].join(",")
            }),
            self.transaction_id.as_ref().map(|transaction_id| {
                [
                    "transactionId".to_string(),
                    transaction_id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type timestamp in query parameter serialization
            self.reference_error.as_ref().map(|reference_error| {
                [
                    "referenceError".to_string(),
                    reference_error.to_string(),
                ].join(",")
            }),
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Error value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Error {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub code: Vec<String>,
            pub reason: Vec<String>,
            pub message: Vec<String>,
            pub status: Vec<String>,
            pub transaction_id: Vec<String>,
            pub timestamp: Vec<chrono::DateTime::<chrono::Utc>>,
            pub reference_error: Vec<String>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Error".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transactionId" => intermediate_rep.transaction_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "timestamp" => intermediate_rep.timestamp.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "referenceError" => intermediate_rep.reference_error.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Error".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Error {
            code: intermediate_rep.code.into_iter().next().ok_or_else(|| "code missing in Error".to_string())?,
            reason: intermediate_rep.reason.into_iter().next().ok_or_else(|| "reason missing in Error".to_string())?,
            message: intermediate_rep.message.into_iter().next(),
            status: intermediate_rep.status.into_iter().next(),
            transaction_id: intermediate_rep.transaction_id.into_iter().next(),
            timestamp: intermediate_rep.timestamp.into_iter().next(),
            reference_error: intermediate_rep.reference_error.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Error> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Error>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Error>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Error - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Error> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Error as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Error - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Error>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Error>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Error>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Error> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Error as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Error - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Sets the communication endpoint address the service instance must use to deliver notification information
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct EventSubscription {
    /// Id of the listener
    #[serde(rename = "id")]

    pub id: String,

    /// The callback being registered.
    #[serde(rename = "callback")]

    pub callback: String,

    /// additional data to be passed
    #[serde(rename = "query")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub query: Option<String>,

    /// The key of the HMAC-SHA256 signature of every delivery; only in the answer to the subscription, and only when the server generated it.
    #[serde(rename = "secret")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub secret: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for EventSubscription {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for EventSubscription {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl EventSubscription {
    #[allow(clippy::new_without_default)]
    pub fn new(id: String, callback: String, ) -> EventSubscription {
        EventSubscription {
            id,
            callback,
            query: None,
            secret: None,
        }
    }
}

/// Converts the EventSubscription value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for EventSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("id".to_string()),
            Some(self.id.to_string()),
            Some("callback".to_string()),
            Some(self.callback.to_string()),
            self.query.as_ref().map(|query| {
                [
                    "query".to_string(),
                    query.to_string(),
                ].join(",")
            }),
            self.secret.as_ref().map(|secret| {
                [
                    "secret".to_string(),
                    secret.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EventSubscription value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EventSubscription {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub callback: Vec<String>,
            pub query: Vec<String>,
            pub secret: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing EventSubscription".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "callback" => intermediate_rep.callback.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "query" => intermediate_rep.query.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing EventSubscription".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EventSubscription {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in EventSubscription".to_string())?,
            callback: intermediate_rep.callback.into_iter().next().ok_or_else(|| "callback missing in EventSubscription".to_string())?,
            query: intermediate_rep.query.into_iter().next(),
            secret: intermediate_rep.secret.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EventSubscription> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<EventSubscription>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<EventSubscription>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for EventSubscription - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<EventSubscription> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <EventSubscription as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into EventSubscription - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<EventSubscription>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<EventSubscription>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<EventSubscription>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<EventSubscription> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <EventSubscription as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into EventSubscription - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Sets the communication endpoint address the service instance must use to deliver notification information
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct EventSubscriptionInput {
    /// The callback being registered (an absolute https URL; http only where the server allows it).
    #[serde(rename = "callback")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 2048),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 2048))]

    pub callback: String,

    /// additional data to be passed
    #[serde(rename = "query")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 4096),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 4096))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub query: Option<String>,

    /// Key of the HMAC-SHA256 signature of deliveries; generated when absent.
    #[serde(rename = "secret")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 16, max = 256),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 16))]
    #[cfg_attr(feature = "validate", validate(max_length = 256))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub secret: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for EventSubscriptionInput {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for EventSubscriptionInput {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl EventSubscriptionInput {
    #[allow(clippy::new_without_default)]
    pub fn new(callback: String, ) -> EventSubscriptionInput {
        EventSubscriptionInput {
            callback,
            query: None,
            secret: None,
        }
    }
}

/// Converts the EventSubscriptionInput value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for EventSubscriptionInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("callback".to_string()),
            Some(self.callback.to_string()),
            self.query.as_ref().map(|query| {
                [
                    "query".to_string(),
                    query.to_string(),
                ].join(",")
            }),
            self.secret.as_ref().map(|secret| {
                [
                    "secret".to_string(),
                    secret.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a EventSubscriptionInput value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for EventSubscriptionInput {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub callback: Vec<String>,
            pub query: Vec<String>,
            pub secret: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing EventSubscriptionInput".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "callback" => intermediate_rep.callback.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "query" => intermediate_rep.query.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing EventSubscriptionInput".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(EventSubscriptionInput {
            callback: intermediate_rep.callback.into_iter().next().ok_or_else(|| "callback missing in EventSubscriptionInput".to_string())?,
            query: intermediate_rep.query.into_iter().next(),
            secret: intermediate_rep.secret.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<EventSubscriptionInput> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<EventSubscriptionInput>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<EventSubscriptionInput>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for EventSubscriptionInput - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<EventSubscriptionInput> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <EventSubscriptionInput as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into EventSubscriptionInput - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<EventSubscriptionInput>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<EventSubscriptionInput>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<EventSubscriptionInput>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<EventSubscriptionInput> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <EventSubscriptionInput as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into EventSubscriptionInput - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InteractionItem {
    /// Unique identifier of the interaction item
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Date when the interaction item is created in the system
    #[serde(rename = "creationDate")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub creation_date: Option<chrono::DateTime::<chrono::Utc>>,

    /// Reason why this item is referred
    #[serde(rename = "reason")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub reason: Option<String>,

    /// Corresponding code to the reason tagged
    #[serde(rename = "reasonCode")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub reason_code: Option<String>,

    /// Resolution of the interaction item
    #[serde(rename = "resolution")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub resolution: Option<String>,

    /// Preffered language of the customer. It can be 'en or fr'
    #[serde(rename = "prefLang")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub pref_lang: Option<String>,

    /// User name of the customer service agent
    #[serde(rename = "csrUserName")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub csr_user_name: Option<String>,

    /// User Id of the customer service agent
    #[serde(rename = "csrUserId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub csr_user_id: Option<String>,

    /// this respresents the location of the customer/agent
    #[serde(rename = "location")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub location: Option<String>,

    /// this respresents the date when the action will take place
    #[serde(rename = "actionDate")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub action_date: Option<String>,

    #[serde(rename = "attachment")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub attachment: Option<Vec<models::AttachmentRefOrValue>>,

    /// Where the interaction took place (e.g.: web, mobile app, store, kiosk, etc.)
    #[serde(rename = "channel")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub channel: Option<Vec<models::RelatedChannel>>,

    #[serde(rename = "item")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub item: Option<models::RelatedEntityRefOrValue>,

    #[serde(rename = "itemDate")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub item_date: Option<models::TimePeriod>,

    #[serde(rename = "note")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub note: Option<Vec<models::Note>>,

    #[serde(rename = "relatedParty")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub related_party: Option<Vec<models::RelatedParty>>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for InteractionItem {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for InteractionItem {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl InteractionItem {
    #[allow(clippy::new_without_default)]
    pub fn new() -> InteractionItem {
        InteractionItem {
            id: None,
            creation_date: None,
            reason: None,
            reason_code: None,
            resolution: None,
            pref_lang: None,
            csr_user_name: None,
            csr_user_id: None,
            location: None,
            action_date: None,
            attachment: None,
            channel: None,
            item: None,
            item_date: None,
            note: None,
            related_party: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the InteractionItem value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for InteractionItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type creationDate in query parameter serialization
            self.reason.as_ref().map(|reason| {
                [
                    "reason".to_string(),
                    reason.to_string(),
                ].join(",")
            }),
            self.reason_code.as_ref().map(|reason_code| {
                [
                    "reasonCode".to_string(),
                    reason_code.to_string(),
                ].join(",")
            }),
            self.resolution.as_ref().map(|resolution| {
                [
                    "resolution".to_string(),
                    resolution.to_string(),
                ].join(",")
            }),
            self.pref_lang.as_ref().map(|pref_lang| {
                [
                    "prefLang".to_string(),
                    pref_lang.to_string(),
                ].join(",")
            }),
            self.csr_user_name.as_ref().map(|csr_user_name| {
                [
                    "csrUserName".to_string(),
                    csr_user_name.to_string(),
                ].join(",")
            }),
            self.csr_user_id.as_ref().map(|csr_user_id| {
                [
                    "csrUserId".to_string(),
                    csr_user_id.to_string(),
                ].join(",")
            }),
            self.location.as_ref().map(|location| {
                [
                    "location".to_string(),
                    location.to_string(),
                ].join(",")
            }),
            self.action_date.as_ref().map(|action_date| {
                [
                    "actionDate".to_string(),
                    action_date.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type attachment in query parameter serialization
            // Skipping non-primitive type channel in query parameter serialization
            // Skipping non-primitive type item in query parameter serialization
            // Skipping non-primitive type itemDate in query parameter serialization
            // Skipping non-primitive type note in query parameter serialization
            // Skipping non-primitive type relatedParty in query parameter serialization
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InteractionItem value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InteractionItem {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub creation_date: Vec<chrono::DateTime::<chrono::Utc>>,
            pub reason: Vec<String>,
            pub reason_code: Vec<String>,
            pub resolution: Vec<String>,
            pub pref_lang: Vec<String>,
            pub csr_user_name: Vec<String>,
            pub csr_user_id: Vec<String>,
            pub location: Vec<String>,
            pub action_date: Vec<String>,
            pub attachment: Vec<Vec<models::AttachmentRefOrValue>>,
            pub channel: Vec<Vec<models::RelatedChannel>>,
            pub item: Vec<models::RelatedEntityRefOrValue>,
            pub item_date: Vec<models::TimePeriod>,
            pub note: Vec<Vec<models::Note>>,
            pub related_party: Vec<Vec<models::RelatedParty>>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing InteractionItem".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "creationDate" => intermediate_rep.creation_date.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reasonCode" => intermediate_rep.reason_code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "resolution" => intermediate_rep.resolution.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "prefLang" => intermediate_rep.pref_lang.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "csrUserName" => intermediate_rep.csr_user_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "csrUserId" => intermediate_rep.csr_user_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "location" => intermediate_rep.location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "actionDate" => intermediate_rep.action_date.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "attachment" => return std::result::Result::Err("Parsing a container in this style is not supported in InteractionItem".to_string()),
                    "channel" => return std::result::Result::Err("Parsing a container in this style is not supported in InteractionItem".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "item" => intermediate_rep.item.push(<models::RelatedEntityRefOrValue as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "itemDate" => intermediate_rep.item_date.push(<models::TimePeriod as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "note" => return std::result::Result::Err("Parsing a container in this style is not supported in InteractionItem".to_string()),
                    "relatedParty" => return std::result::Result::Err("Parsing a container in this style is not supported in InteractionItem".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing InteractionItem".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InteractionItem {
            id: intermediate_rep.id.into_iter().next(),
            creation_date: intermediate_rep.creation_date.into_iter().next(),
            reason: intermediate_rep.reason.into_iter().next(),
            reason_code: intermediate_rep.reason_code.into_iter().next(),
            resolution: intermediate_rep.resolution.into_iter().next(),
            pref_lang: intermediate_rep.pref_lang.into_iter().next(),
            csr_user_name: intermediate_rep.csr_user_name.into_iter().next(),
            csr_user_id: intermediate_rep.csr_user_id.into_iter().next(),
            location: intermediate_rep.location.into_iter().next(),
            action_date: intermediate_rep.action_date.into_iter().next(),
            attachment: intermediate_rep.attachment.into_iter().next(),
            channel: intermediate_rep.channel.into_iter().next(),
            item: intermediate_rep.item.into_iter().next(),
            item_date: intermediate_rep.item_date.into_iter().next(),
            note: intermediate_rep.note.into_iter().next(),
            related_party: intermediate_rep.related_party.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InteractionItem> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<InteractionItem>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<InteractionItem>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for InteractionItem - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<InteractionItem> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <InteractionItem as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into InteractionItem - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<InteractionItem>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<InteractionItem>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<InteractionItem>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<InteractionItem> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <InteractionItem as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into InteractionItem - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InteractionRelationship {
    /// Unique identifier of the referenced party interaction
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Hyperlink to access the referenced party interaction
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// Type of the interaction relationship
    #[serde(rename = "relationshipType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub relationship_type: Option<String>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for InteractionRelationship {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for InteractionRelationship {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl InteractionRelationship {
    #[allow(clippy::new_without_default)]
    pub fn new() -> InteractionRelationship {
        InteractionRelationship {
            id: None,
            href: None,
            relationship_type: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the InteractionRelationship value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for InteractionRelationship {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.relationship_type.as_ref().map(|relationship_type| {
                [
                    "relationshipType".to_string(),
                    relationship_type.to_string(),
                ].join(",")
            }),
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InteractionRelationship value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InteractionRelationship {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub relationship_type: Vec<String>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing InteractionRelationship".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "relationshipType" => intermediate_rep.relationship_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing InteractionRelationship".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InteractionRelationship {
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            relationship_type: intermediate_rep.relationship_type.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InteractionRelationship> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<InteractionRelationship>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<InteractionRelationship>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for InteractionRelationship - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<InteractionRelationship> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <InteractionRelationship as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into InteractionRelationship - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<InteractionRelationship>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<InteractionRelationship>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<InteractionRelationship>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<InteractionRelationship> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <InteractionRelationship as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into InteractionRelationship - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Extra information about a given entity
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Note {
    /// Identifier of the note within its containing entity (may or may not be globally unique, depending on provider implementation)
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Author of the note
    #[serde(rename = "author")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub author: Option<String>,

    /// Date of the note
    #[serde(rename = "date")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub date: Option<chrono::DateTime::<chrono::Utc>>,

    /// Text of the note
    #[serde(rename = "text")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub text: Option<String>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Note {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Note {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Note {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Note {
        Note {
            id: None,
            author: None,
            date: None,
            text: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the Note value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.author.as_ref().map(|author| {
                [
                    "author".to_string(),
                    author.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type date in query parameter serialization
            self.text.as_ref().map(|text| {
                [
                    "text".to_string(),
                    text.to_string(),
                ].join(",")
            }),
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Note value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Note {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub author: Vec<String>,
            pub date: Vec<chrono::DateTime::<chrono::Utc>>,
            pub text: Vec<String>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Note".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "author" => intermediate_rep.author.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "date" => intermediate_rep.date.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "text" => intermediate_rep.text.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Note".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Note {
            id: intermediate_rep.id.into_iter().next(),
            author: intermediate_rep.author.into_iter().next(),
            date: intermediate_rep.date.into_iter().next(),
            text: intermediate_rep.text.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Note> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Note>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Note>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Note - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Note> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Note as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Note - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Note>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Note>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Note>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Note> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Note as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Note - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteraction {
    /// Result code. Example- '0000'
    #[serde(rename = "resultCode")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub result_code: Option<String>,

    /// Result message. Example- 'Successfully processed'
    #[serde(rename = "resultDescription")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub result_description: Option<String>,

    /// MSISDN of the customer.
    #[serde(rename = "customerId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub customer_id: Option<String>,

    /// Unique identifier of the party interaction
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Hyperlink to access the party interaction
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// Date when the interaction is created in the system
    #[serde(rename = "creationDate")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub creation_date: Option<chrono::DateTime::<chrono::Utc>>,

    /// Description of the interaction
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// Specifies who started the interaction. It might be the party or the enterprise exposing this API. Possible values are “inbound” and “outbound”
    #[serde(rename = "direction")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub direction: Option<String>,

    /// Reason why the interaction happened
    #[serde(rename = "reason")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub reason: Option<String>,

    /// Status of the interaction (opened, inProgress, completed)
    #[serde(rename = "status")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub status: Option<String>,

    /// Last time the status changed
    #[serde(rename = "statusChangeDate")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub status_change_date: Option<chrono::DateTime::<chrono::Utc>>,

    #[serde(rename = "attachment")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub attachment: Option<Vec<models::AttachmentRefOrValue>>,

    /// Where the interaction took place (e.g. web, mobile app, store, kiosk, etc.)
    #[serde(rename = "channel")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub channel: Option<Vec<models::RelatedChannel>>,

    #[serde(rename = "interactionDate")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_date: Option<models::TimePeriod>,

    #[serde(rename = "interactionItem")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_item: Option<Vec<models::InteractionItem>>,

    #[serde(rename = "interactionRelationship")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_relationship: Option<Vec<models::InteractionRelationship>>,

    #[serde(rename = "note")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub note: Option<Vec<models::Note>>,

    #[serde(rename = "relatedParty")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub related_party: Option<Vec<models::RelatedParty>>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteraction {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteraction {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteraction {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteraction {
        PartyInteraction {
            result_code: None,
            result_description: None,
            customer_id: None,
            id: None,
            href: None,
            creation_date: None,
            description: None,
            direction: None,
            reason: None,
            status: None,
            status_change_date: None,
            attachment: None,
            channel: None,
            interaction_date: None,
            interaction_item: None,
            interaction_relationship: None,
            note: None,
            related_party: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the PartyInteraction value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteraction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.result_code.as_ref().map(|result_code| {
                [
                    "resultCode".to_string(),
                    result_code.to_string(),
                ].join(",")
            }),
            self.result_description.as_ref().map(|result_description| {
                [
                    "resultDescription".to_string(),
                    result_description.to_string(),
                ].join(",")
            }),
            self.customer_id.as_ref().map(|customer_id| {
                [
                    "customerId".to_string(),
                    customer_id.to_string(),
                ].join(",")
            }),
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type creationDate in query parameter serialization
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.direction.as_ref().map(|direction| {
                [
                    "direction".to_string(),
                    direction.to_string(),
                ].join(",")
            }),
            self.reason.as_ref().map(|reason| {
                [
                    "reason".to_string(),
                    reason.to_string(),
                ].join(",")
            }),
            self.status.as_ref().map(|status| {
                [
                    "status".to_string(),
                    status.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type statusChangeDate in query parameter serialization
            // Skipping non-primitive type attachment in query parameter serialization
            // Skipping non-primitive type channel in query parameter serialization
            // Skipping non-primitive type interactionDate in query parameter serialization
            // Skipping non-primitive type interactionItem in query parameter serialization
            // Skipping non-primitive type interactionRelationship in query parameter serialization
            // Skipping non-primitive type note in query parameter serialization
            // Skipping non-primitive type relatedParty in query parameter serialization
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteraction value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteraction {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub result_code: Vec<String>,
            pub result_description: Vec<String>,
            pub customer_id: Vec<String>,
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub creation_date: Vec<chrono::DateTime::<chrono::Utc>>,
            pub description: Vec<String>,
            pub direction: Vec<String>,
            pub reason: Vec<String>,
            pub status: Vec<String>,
            pub status_change_date: Vec<chrono::DateTime::<chrono::Utc>>,
            pub attachment: Vec<Vec<models::AttachmentRefOrValue>>,
            pub channel: Vec<Vec<models::RelatedChannel>>,
            pub interaction_date: Vec<models::TimePeriod>,
            pub interaction_item: Vec<Vec<models::InteractionItem>>,
            pub interaction_relationship: Vec<Vec<models::InteractionRelationship>>,
            pub note: Vec<Vec<models::Note>>,
            pub related_party: Vec<Vec<models::RelatedParty>>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteraction".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "resultCode" => intermediate_rep.result_code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "resultDescription" => intermediate_rep.result_description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "customerId" => intermediate_rep.customer_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "creationDate" => intermediate_rep.creation_date.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "direction" => intermediate_rep.direction.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "statusChangeDate" => intermediate_rep.status_change_date.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "attachment" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteraction".to_string()),
                    "channel" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteraction".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "interactionDate" => intermediate_rep.interaction_date.push(<models::TimePeriod as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "interactionItem" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteraction".to_string()),
                    "interactionRelationship" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteraction".to_string()),
                    "note" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteraction".to_string()),
                    "relatedParty" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteraction".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteraction".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteraction {
            result_code: intermediate_rep.result_code.into_iter().next(),
            result_description: intermediate_rep.result_description.into_iter().next(),
            customer_id: intermediate_rep.customer_id.into_iter().next(),
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            creation_date: intermediate_rep.creation_date.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            direction: intermediate_rep.direction.into_iter().next(),
            reason: intermediate_rep.reason.into_iter().next(),
            status: intermediate_rep.status.into_iter().next(),
            status_change_date: intermediate_rep.status_change_date.into_iter().next(),
            attachment: intermediate_rep.attachment.into_iter().next(),
            channel: intermediate_rep.channel.into_iter().next(),
            interaction_date: intermediate_rep.interaction_date.into_iter().next(),
            interaction_item: intermediate_rep.interaction_item.into_iter().next(),
            interaction_relationship: intermediate_rep.interaction_relationship.into_iter().next(),
            note: intermediate_rep.note.into_iter().next(),
            related_party: intermediate_rep.related_party.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteraction> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteraction>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteraction>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteraction - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteraction> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteraction as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteraction - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteraction>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteraction>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteraction>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteraction> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteraction as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteraction - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The notification data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionAttributeValueChangeEvent {
    /// The identifier of the notification.
    #[serde(rename = "eventId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_id: Option<String>,

    /// Time of the event occurrence.
    #[serde(rename = "eventTime")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_time: Option<chrono::DateTime::<chrono::Utc>>,

    /// The type of the notification.
    #[serde(rename = "eventType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_type: Option<String>,

    /// The correlation id for this event.
    #[serde(rename = "correlationId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub correlation_id: Option<String>,

    /// The domain of the event.
    #[serde(rename = "domain")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub domain: Option<String>,

    /// The title of the event.
    #[serde(rename = "title")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub title: Option<String>,

    /// An explnatory of the event.
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// A priority.
    #[serde(rename = "priority")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub priority: Option<String>,

    /// The time the event occured.
    #[serde(rename = "timeOcurred")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub time_ocurred: Option<chrono::DateTime::<chrono::Utc>>,

    /// The path identifying the object field concerned by this notification.
    #[serde(rename = "fieldPath")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub field_path: Option<String>,

    #[serde(rename = "event")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub event: Option<models::PartyInteractionAttributeValueChangeEventPayload>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionAttributeValueChangeEvent {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionAttributeValueChangeEvent {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionAttributeValueChangeEvent {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionAttributeValueChangeEvent {
        PartyInteractionAttributeValueChangeEvent {
            event_id: None,
            event_time: None,
            event_type: None,
            correlation_id: None,
            domain: None,
            title: None,
            description: None,
            priority: None,
            time_ocurred: None,
            field_path: None,
            event: None,
        }
    }
}

/// Converts the PartyInteractionAttributeValueChangeEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionAttributeValueChangeEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.event_id.as_ref().map(|event_id| {
                [
                    "eventId".to_string(),
                    event_id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type eventTime in query parameter serialization
            self.event_type.as_ref().map(|event_type| {
                [
                    "eventType".to_string(),
                    event_type.to_string(),
                ].join(",")
            }),
            self.correlation_id.as_ref().map(|correlation_id| {
                [
                    "correlationId".to_string(),
                    correlation_id.to_string(),
                ].join(",")
            }),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain.to_string(),
                ].join(",")
            }),
            self.title.as_ref().map(|title| {
                [
                    "title".to_string(),
                    title.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.priority.as_ref().map(|priority| {
                [
                    "priority".to_string(),
                    priority.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type timeOcurred in query parameter serialization
            self.field_path.as_ref().map(|field_path| {
                [
                    "fieldPath".to_string(),
                    field_path.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type event in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionAttributeValueChangeEvent value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionAttributeValueChangeEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub event_id: Vec<String>,
            pub event_time: Vec<chrono::DateTime::<chrono::Utc>>,
            pub event_type: Vec<String>,
            pub correlation_id: Vec<String>,
            pub domain: Vec<String>,
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub priority: Vec<String>,
            pub time_ocurred: Vec<chrono::DateTime::<chrono::Utc>>,
            pub field_path: Vec<String>,
            pub event: Vec<models::PartyInteractionAttributeValueChangeEventPayload>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionAttributeValueChangeEvent".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "eventId" => intermediate_rep.event_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventTime" => intermediate_rep.event_time.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventType" => intermediate_rep.event_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "correlationId" => intermediate_rep.correlation_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "domain" => intermediate_rep.domain.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "priority" => intermediate_rep.priority.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "timeOcurred" => intermediate_rep.time_ocurred.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "fieldPath" => intermediate_rep.field_path.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "event" => intermediate_rep.event.push(<models::PartyInteractionAttributeValueChangeEventPayload as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionAttributeValueChangeEvent".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionAttributeValueChangeEvent {
            event_id: intermediate_rep.event_id.into_iter().next(),
            event_time: intermediate_rep.event_time.into_iter().next(),
            event_type: intermediate_rep.event_type.into_iter().next(),
            correlation_id: intermediate_rep.correlation_id.into_iter().next(),
            domain: intermediate_rep.domain.into_iter().next(),
            title: intermediate_rep.title.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            priority: intermediate_rep.priority.into_iter().next(),
            time_ocurred: intermediate_rep.time_ocurred.into_iter().next(),
            field_path: intermediate_rep.field_path.into_iter().next(),
            event: intermediate_rep.event.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionAttributeValueChangeEvent> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionAttributeValueChangeEvent>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionAttributeValueChangeEvent>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionAttributeValueChangeEvent - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionAttributeValueChangeEvent> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionAttributeValueChangeEvent as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionAttributeValueChangeEvent - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionAttributeValueChangeEvent>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionAttributeValueChangeEvent>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionAttributeValueChangeEvent>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionAttributeValueChangeEvent> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionAttributeValueChangeEvent as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionAttributeValueChangeEvent - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The event data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionAttributeValueChangeEventPayload {
    #[serde(rename = "partyInteraction")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub party_interaction: Option<models::PartyInteraction>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionAttributeValueChangeEventPayload {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionAttributeValueChangeEventPayload {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionAttributeValueChangeEventPayload {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionAttributeValueChangeEventPayload {
        PartyInteractionAttributeValueChangeEventPayload {
            party_interaction: None,
        }
    }
}

/// Converts the PartyInteractionAttributeValueChangeEventPayload value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionAttributeValueChangeEventPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type partyInteraction in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionAttributeValueChangeEventPayload value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionAttributeValueChangeEventPayload {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub party_interaction: Vec<models::PartyInteraction>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionAttributeValueChangeEventPayload".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "partyInteraction" => intermediate_rep.party_interaction.push(<models::PartyInteraction as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionAttributeValueChangeEventPayload".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionAttributeValueChangeEventPayload {
            party_interaction: intermediate_rep.party_interaction.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionAttributeValueChangeEventPayload> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionAttributeValueChangeEventPayload>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionAttributeValueChangeEventPayload>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionAttributeValueChangeEventPayload - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionAttributeValueChangeEventPayload> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionAttributeValueChangeEventPayload as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionAttributeValueChangeEventPayload - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionAttributeValueChangeEventPayload>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionAttributeValueChangeEventPayload>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionAttributeValueChangeEventPayload>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionAttributeValueChangeEventPayload> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionAttributeValueChangeEventPayload as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionAttributeValueChangeEventPayload - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Skipped properties: id,href
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionCreate {
    /// Date when the interaction is created in the system
    #[serde(rename = "creationDate")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub creation_date: Option<chrono::DateTime::<chrono::Utc>>,

    /// Description of the interaction
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// Specifies who started the interaction. It might be the party or the enterprise exposing this API. Possible values are “inbound” and “outbound”
    #[serde(rename = "direction")]

    pub direction: String,

    /// transactionId of the request initiated used for tracking purpose
    #[serde(rename = "transactionId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub transaction_id: Option<String>,

    /// MSISDN of the customer interacted with agent
    #[serde(rename = "customerId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub customer_id: Option<String>,

    /// Reason why the interaction happened
    #[serde(rename = "reason")]

    pub reason: String,

    /// Status of the interaction (opened, inProgress, completed)
    #[serde(rename = "status")]

    pub status: String,

    /// Last time the status changed
    #[serde(rename = "statusChangeDate")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub status_change_date: Option<chrono::DateTime::<chrono::Utc>>,

    #[serde(rename = "attachment")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub attachment: Option<Vec<models::AttachmentRefOrValue>>,

    /// Where the interaction took place (e.g. web, mobile app, store, kiosk, etc.)
    #[serde(rename = "channel")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    
    pub channel: Vec<models::RelatedChannel>,

    #[serde(rename = "interactionDate")]

    #[cfg_attr(feature = "validate", validate)]
    pub interaction_date: models::TimePeriod,

    #[serde(rename = "interactionItem")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_item: Option<Vec<models::InteractionItem>>,

    #[serde(rename = "interactionRelationship")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_relationship: Option<Vec<models::InteractionRelationship>>,

    #[serde(rename = "note")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub note: Option<Vec<models::Note>>,

    #[serde(rename = "relatedParty")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub related_party: Option<Vec<models::RelatedParty>>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionCreate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionCreate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionCreate {
    #[allow(clippy::new_without_default)]
    pub fn new(direction: String, reason: String, status: String, channel: Vec<models::RelatedChannel>, interaction_date: models::TimePeriod, ) -> PartyInteractionCreate {
        PartyInteractionCreate {
            creation_date: None,
            description: None,
            direction,
            transaction_id: None,
            customer_id: None,
            reason,
            status,
            status_change_date: None,
            attachment: None,
            channel,
            interaction_date,
            interaction_item: None,
            interaction_relationship: None,
            note: None,
            related_party: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the PartyInteractionCreate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type creationDate in query parameter serialization
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            Some("direction".to_string()),
            Some(self.direction.to_string()),
            self.transaction_id.as_ref().map(|transaction_id| {
                [
                    "transactionId".to_string(),
                    transaction_id.to_string(),
                ].join(",")
            }),
            self.customer_id.as_ref().map(|customer_id| {
                [
                    "customerId".to_string(),
                    customer_id.to_string(),
                ].join(",")
            }),
            Some("reason".to_string()),
            Some(self.reason.to_string()),
            Some("status".to_string()),
            Some(self.status.to_string()),
            // Skipping non-primitive type statusChangeDate in query parameter serialization
            // Skipping non-primitive type attachment in query parameter serialization
            // Skipping non-primitive type channel in query parameter serialization
            // Skipping non-primitive type interactionDate in query parameter serialization
            // Skipping non-primitive type interactionItem in query parameter serialization
            // Skipping non-primitive type interactionRelationship in query parameter serialization
            // Skipping non-primitive type note in query parameter serialization
            // Skipping non-primitive type relatedParty in query parameter serialization
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionCreate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionCreate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub creation_date: Vec<chrono::DateTime::<chrono::Utc>>,
            pub description: Vec<String>,
            pub direction: Vec<String>,
            pub transaction_id: Vec<String>,
            pub customer_id: Vec<String>,
            pub reason: Vec<String>,
            pub status: Vec<String>,
            pub status_change_date: Vec<chrono::DateTime::<chrono::Utc>>,
            pub attachment: Vec<Vec<models::AttachmentRefOrValue>>,
            pub channel: Vec<Vec<models::RelatedChannel>>,
            pub interaction_date: Vec<models::TimePeriod>,
            pub interaction_item: Vec<Vec<models::InteractionItem>>,
            pub interaction_relationship: Vec<Vec<models::InteractionRelationship>>,
            pub note: Vec<Vec<models::Note>>,
            pub related_party: Vec<Vec<models::RelatedParty>>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionCreate".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "creationDate" => intermediate_rep.creation_date.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "direction" => intermediate_rep.direction.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "transactionId" => intermediate_rep.transaction_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "customerId" => intermediate_rep.customer_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "statusChangeDate" => intermediate_rep.status_change_date.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "attachment" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionCreate".to_string()),
                    "channel" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionCreate".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "interactionDate" => intermediate_rep.interaction_date.push(<models::TimePeriod as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "interactionItem" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionCreate".to_string()),
                    "interactionRelationship" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionCreate".to_string()),
                    "note" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionCreate".to_string()),
                    "relatedParty" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionCreate".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionCreate".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionCreate {
            creation_date: intermediate_rep.creation_date.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            direction: intermediate_rep.direction.into_iter().next().ok_or_else(|| "direction missing in PartyInteractionCreate".to_string())?,
            transaction_id: intermediate_rep.transaction_id.into_iter().next(),
            customer_id: intermediate_rep.customer_id.into_iter().next(),
            reason: intermediate_rep.reason.into_iter().next().ok_or_else(|| "reason missing in PartyInteractionCreate".to_string())?,
            status: intermediate_rep.status.into_iter().next().ok_or_else(|| "status missing in PartyInteractionCreate".to_string())?,
            status_change_date: intermediate_rep.status_change_date.into_iter().next(),
            attachment: intermediate_rep.attachment.into_iter().next(),
            channel: intermediate_rep.channel.into_iter().next().ok_or_else(|| "channel missing in PartyInteractionCreate".to_string())?,
            interaction_date: intermediate_rep.interaction_date.into_iter().next().ok_or_else(|| "interactionDate missing in PartyInteractionCreate".to_string())?,
            interaction_item: intermediate_rep.interaction_item.into_iter().next(),
            interaction_relationship: intermediate_rep.interaction_relationship.into_iter().next(),
            note: intermediate_rep.note.into_iter().next(),
            related_party: intermediate_rep.related_party.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionCreate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionCreate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionCreate>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionCreate - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionCreate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionCreate as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionCreate - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionCreate>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionCreate>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionCreate>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionCreate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionCreate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionCreate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The notification data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionCreateEvent {
    /// Identifier of the Process flow
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Reference of the ProcessFlow
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// The identifier of the notification.
    #[serde(rename = "eventId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_id: Option<String>,

    /// Time of the event occurrence.
    #[serde(rename = "eventTime")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_time: Option<chrono::DateTime::<chrono::Utc>>,

    /// The type of the notification.
    #[serde(rename = "eventType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_type: Option<String>,

    /// The correlation id for this event.
    #[serde(rename = "correlationId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub correlation_id: Option<String>,

    /// The domain of the event.
    #[serde(rename = "domain")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub domain: Option<String>,

    /// The title of the event.
    #[serde(rename = "title")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub title: Option<String>,

    /// An explnatory of the event.
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// A priority.
    #[serde(rename = "priority")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub priority: Option<String>,

    /// The time the event occured.
    #[serde(rename = "timeOcurred")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub time_ocurred: Option<chrono::DateTime::<chrono::Utc>>,

    #[serde(rename = "event")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub event: Option<models::PartyInteractionCreateEventPayload>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionCreateEvent {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionCreateEvent {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionCreateEvent {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionCreateEvent {
        PartyInteractionCreateEvent {
            id: None,
            href: None,
            event_id: None,
            event_time: None,
            event_type: None,
            correlation_id: None,
            domain: None,
            title: None,
            description: None,
            priority: None,
            time_ocurred: None,
            event: None,
        }
    }
}

/// Converts the PartyInteractionCreateEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionCreateEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.event_id.as_ref().map(|event_id| {
                [
                    "eventId".to_string(),
                    event_id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type eventTime in query parameter serialization
            self.event_type.as_ref().map(|event_type| {
                [
                    "eventType".to_string(),
                    event_type.to_string(),
                ].join(",")
            }),
            self.correlation_id.as_ref().map(|correlation_id| {
                [
                    "correlationId".to_string(),
                    correlation_id.to_string(),
                ].join(",")
            }),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain.to_string(),
                ].join(",")
            }),
            self.title.as_ref().map(|title| {
                [
                    "title".to_string(),
                    title.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.priority.as_ref().map(|priority| {
                [
                    "priority".to_string(),
                    priority.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type timeOcurred in query parameter serialization
            // Skipping non-primitive type event in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionCreateEvent value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionCreateEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub event_id: Vec<String>,
            pub event_time: Vec<chrono::DateTime::<chrono::Utc>>,
            pub event_type: Vec<String>,
            pub correlation_id: Vec<String>,
            pub domain: Vec<String>,
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub priority: Vec<String>,
            pub time_ocurred: Vec<chrono::DateTime::<chrono::Utc>>,
            pub event: Vec<models::PartyInteractionCreateEventPayload>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionCreateEvent".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventId" => intermediate_rep.event_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventTime" => intermediate_rep.event_time.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventType" => intermediate_rep.event_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "correlationId" => intermediate_rep.correlation_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "domain" => intermediate_rep.domain.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "priority" => intermediate_rep.priority.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "timeOcurred" => intermediate_rep.time_ocurred.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "event" => intermediate_rep.event.push(<models::PartyInteractionCreateEventPayload as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionCreateEvent".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionCreateEvent {
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            event_id: intermediate_rep.event_id.into_iter().next(),
            event_time: intermediate_rep.event_time.into_iter().next(),
            event_type: intermediate_rep.event_type.into_iter().next(),
            correlation_id: intermediate_rep.correlation_id.into_iter().next(),
            domain: intermediate_rep.domain.into_iter().next(),
            title: intermediate_rep.title.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            priority: intermediate_rep.priority.into_iter().next(),
            time_ocurred: intermediate_rep.time_ocurred.into_iter().next(),
            event: intermediate_rep.event.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionCreateEvent> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionCreateEvent>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionCreateEvent>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionCreateEvent - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionCreateEvent> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionCreateEvent as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionCreateEvent - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionCreateEvent>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionCreateEvent>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionCreateEvent>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionCreateEvent> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionCreateEvent as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionCreateEvent - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The event data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionCreateEventPayload {
    #[serde(rename = "partyInteraction")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub party_interaction: Option<models::PartyInteraction>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionCreateEventPayload {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionCreateEventPayload {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionCreateEventPayload {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionCreateEventPayload {
        PartyInteractionCreateEventPayload {
            party_interaction: None,
        }
    }
}

/// Converts the PartyInteractionCreateEventPayload value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionCreateEventPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type partyInteraction in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionCreateEventPayload value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionCreateEventPayload {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub party_interaction: Vec<models::PartyInteraction>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionCreateEventPayload".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "partyInteraction" => intermediate_rep.party_interaction.push(<models::PartyInteraction as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionCreateEventPayload".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionCreateEventPayload {
            party_interaction: intermediate_rep.party_interaction.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionCreateEventPayload> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionCreateEventPayload>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionCreateEventPayload>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionCreateEventPayload - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionCreateEventPayload> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionCreateEventPayload as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionCreateEventPayload - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionCreateEventPayload>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionCreateEventPayload>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionCreateEventPayload>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionCreateEventPayload> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionCreateEventPayload as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionCreateEventPayload - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The notification data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionDeleteEvent {
    /// Identifier of the Process flow
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Reference of the ProcessFlow
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// The identifier of the notification.
    #[serde(rename = "eventId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_id: Option<String>,

    /// Time of the event occurrence.
    #[serde(rename = "eventTime")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_time: Option<chrono::DateTime::<chrono::Utc>>,

    /// The type of the notification.
    #[serde(rename = "eventType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_type: Option<String>,

    /// The correlation id for this event.
    #[serde(rename = "correlationId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub correlation_id: Option<String>,

    /// The domain of the event.
    #[serde(rename = "domain")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub domain: Option<String>,

    /// The title of the event.
    #[serde(rename = "title")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub title: Option<String>,

    /// An explnatory of the event.
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// A priority.
    #[serde(rename = "priority")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub priority: Option<String>,

    /// The time the event occured.
    #[serde(rename = "timeOcurred")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub time_ocurred: Option<chrono::DateTime::<chrono::Utc>>,

    #[serde(rename = "event")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub event: Option<models::PartyInteractionDeleteEventPayload>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionDeleteEvent {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionDeleteEvent {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionDeleteEvent {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionDeleteEvent {
        PartyInteractionDeleteEvent {
            id: None,
            href: None,
            event_id: None,
            event_time: None,
            event_type: None,
            correlation_id: None,
            domain: None,
            title: None,
            description: None,
            priority: None,
            time_ocurred: None,
            event: None,
        }
    }
}

/// Converts the PartyInteractionDeleteEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionDeleteEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.event_id.as_ref().map(|event_id| {
                [
                    "eventId".to_string(),
                    event_id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type eventTime in query parameter serialization
            self.event_type.as_ref().map(|event_type| {
                [
                    "eventType".to_string(),
                    event_type.to_string(),
                ].join(",")
            }),
            self.correlation_id.as_ref().map(|correlation_id| {
                [
                    "correlationId".to_string(),
                    correlation_id.to_string(),
                ].join(",")
            }),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain.to_string(),
                ].join(",")
            }),
            self.title.as_ref().map(|title| {
                [
                    "title".to_string(),
                    title.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.priority.as_ref().map(|priority| {
                [
                    "priority".to_string(),
                    priority.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type timeOcurred in query parameter serialization
            // Skipping non-primitive type event in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionDeleteEvent value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionDeleteEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub event_id: Vec<String>,
            pub event_time: Vec<chrono::DateTime::<chrono::Utc>>,
            pub event_type: Vec<String>,
            pub correlation_id: Vec<String>,
            pub domain: Vec<String>,
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub priority: Vec<String>,
            pub time_ocurred: Vec<chrono::DateTime::<chrono::Utc>>,
            pub event: Vec<models::PartyInteractionDeleteEventPayload>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionDeleteEvent".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventId" => intermediate_rep.event_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventTime" => intermediate_rep.event_time.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventType" => intermediate_rep.event_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "correlationId" => intermediate_rep.correlation_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "domain" => intermediate_rep.domain.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "priority" => intermediate_rep.priority.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "timeOcurred" => intermediate_rep.time_ocurred.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "event" => intermediate_rep.event.push(<models::PartyInteractionDeleteEventPayload as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionDeleteEvent".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionDeleteEvent {
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            event_id: intermediate_rep.event_id.into_iter().next(),
            event_time: intermediate_rep.event_time.into_iter().next(),
            event_type: intermediate_rep.event_type.into_iter().next(),
            correlation_id: intermediate_rep.correlation_id.into_iter().next(),
            domain: intermediate_rep.domain.into_iter().next(),
            title: intermediate_rep.title.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            priority: intermediate_rep.priority.into_iter().next(),
            time_ocurred: intermediate_rep.time_ocurred.into_iter().next(),
            event: intermediate_rep.event.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionDeleteEvent> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionDeleteEvent>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionDeleteEvent>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionDeleteEvent - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionDeleteEvent> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionDeleteEvent as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionDeleteEvent - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionDeleteEvent>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionDeleteEvent>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionDeleteEvent>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionDeleteEvent> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionDeleteEvent as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionDeleteEvent - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The event data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionDeleteEventPayload {
    #[serde(rename = "partyInteraction")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub party_interaction: Option<models::PartyInteraction>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionDeleteEventPayload {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionDeleteEventPayload {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionDeleteEventPayload {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionDeleteEventPayload {
        PartyInteractionDeleteEventPayload {
            party_interaction: None,
        }
    }
}

/// Converts the PartyInteractionDeleteEventPayload value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionDeleteEventPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type partyInteraction in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionDeleteEventPayload value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionDeleteEventPayload {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub party_interaction: Vec<models::PartyInteraction>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionDeleteEventPayload".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "partyInteraction" => intermediate_rep.party_interaction.push(<models::PartyInteraction as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionDeleteEventPayload".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionDeleteEventPayload {
            party_interaction: intermediate_rep.party_interaction.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionDeleteEventPayload> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionDeleteEventPayload>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionDeleteEventPayload>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionDeleteEventPayload - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionDeleteEventPayload> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionDeleteEventPayload as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionDeleteEventPayload - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionDeleteEventPayload>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionDeleteEventPayload>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionDeleteEventPayload>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionDeleteEventPayload> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionDeleteEventPayload as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionDeleteEventPayload - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The notification data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionStatusChangeEvent {
    /// Identifier of the Process flow
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Reference of the ProcessFlow
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// The identifier of the notification.
    #[serde(rename = "eventId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_id: Option<String>,

    /// Time of the event occurrence.
    #[serde(rename = "eventTime")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_time: Option<chrono::DateTime::<chrono::Utc>>,

    /// The type of the notification.
    #[serde(rename = "eventType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub event_type: Option<String>,

    /// The correlation id for this event.
    #[serde(rename = "correlationId")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub correlation_id: Option<String>,

    /// The domain of the event.
    #[serde(rename = "domain")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub domain: Option<String>,

    /// The title of the event.
    #[serde(rename = "title")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub title: Option<String>,

    /// An explnatory of the event.
    #[serde(rename = "description")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<String>,

    /// A priority.
    #[serde(rename = "priority")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub priority: Option<String>,

    /// The time the event occured.
    #[serde(rename = "timeOcurred")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub time_ocurred: Option<chrono::DateTime::<chrono::Utc>>,

    #[serde(rename = "event")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub event: Option<models::PartyInteractionStatusChangeEventPayload>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionStatusChangeEvent {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionStatusChangeEvent {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionStatusChangeEvent {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionStatusChangeEvent {
        PartyInteractionStatusChangeEvent {
            id: None,
            href: None,
            event_id: None,
            event_time: None,
            event_type: None,
            correlation_id: None,
            domain: None,
            title: None,
            description: None,
            priority: None,
            time_ocurred: None,
            event: None,
        }
    }
}

/// Converts the PartyInteractionStatusChangeEvent value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionStatusChangeEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.event_id.as_ref().map(|event_id| {
                [
                    "eventId".to_string(),
                    event_id.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type eventTime in query parameter serialization
            self.event_type.as_ref().map(|event_type| {
                [
                    "eventType".to_string(),
                    event_type.to_string(),
                ].join(",")
            }),
            self.correlation_id.as_ref().map(|correlation_id| {
                [
                    "correlationId".to_string(),
                    correlation_id.to_string(),
                ].join(",")
            }),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain.to_string(),
                ].join(",")
            }),
            self.title.as_ref().map(|title| {
                [
                    "title".to_string(),
                    title.to_string(),
                ].join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.to_string(),
                ].join(",")
            }),
            self.priority.as_ref().map(|priority| {
                [
                    "priority".to_string(),
                    priority.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type timeOcurred in query parameter serialization
            // Skipping non-primitive type event in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionStatusChangeEvent value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionStatusChangeEvent {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub event_id: Vec<String>,
            pub event_time: Vec<chrono::DateTime::<chrono::Utc>>,
            pub event_type: Vec<String>,
            pub correlation_id: Vec<String>,
            pub domain: Vec<String>,
            pub title: Vec<String>,
            pub description: Vec<String>,
            pub priority: Vec<String>,
            pub time_ocurred: Vec<chrono::DateTime::<chrono::Utc>>,
            pub event: Vec<models::PartyInteractionStatusChangeEventPayload>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionStatusChangeEvent".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventId" => intermediate_rep.event_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventTime" => intermediate_rep.event_time.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "eventType" => intermediate_rep.event_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "correlationId" => intermediate_rep.correlation_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "domain" => intermediate_rep.domain.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "description" => intermediate_rep.description.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "priority" => intermediate_rep.priority.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "timeOcurred" => intermediate_rep.time_ocurred.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "event" => intermediate_rep.event.push(<models::PartyInteractionStatusChangeEventPayload as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionStatusChangeEvent".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionStatusChangeEvent {
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            event_id: intermediate_rep.event_id.into_iter().next(),
            event_time: intermediate_rep.event_time.into_iter().next(),
            event_type: intermediate_rep.event_type.into_iter().next(),
            correlation_id: intermediate_rep.correlation_id.into_iter().next(),
            domain: intermediate_rep.domain.into_iter().next(),
            title: intermediate_rep.title.into_iter().next(),
            description: intermediate_rep.description.into_iter().next(),
            priority: intermediate_rep.priority.into_iter().next(),
            time_ocurred: intermediate_rep.time_ocurred.into_iter().next(),
            event: intermediate_rep.event.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionStatusChangeEvent> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionStatusChangeEvent>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionStatusChangeEvent>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionStatusChangeEvent - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionStatusChangeEvent> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionStatusChangeEvent as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionStatusChangeEvent - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionStatusChangeEvent>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionStatusChangeEvent>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionStatusChangeEvent>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionStatusChangeEvent> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionStatusChangeEvent as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionStatusChangeEvent - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// The event data structure
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionStatusChangeEventPayload {
    #[serde(rename = "partyInteraction")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub party_interaction: Option<models::PartyInteraction>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionStatusChangeEventPayload {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionStatusChangeEventPayload {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionStatusChangeEventPayload {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionStatusChangeEventPayload {
        PartyInteractionStatusChangeEventPayload {
            party_interaction: None,
        }
    }
}

/// Converts the PartyInteractionStatusChangeEventPayload value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionStatusChangeEventPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type partyInteraction in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionStatusChangeEventPayload value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionStatusChangeEventPayload {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub party_interaction: Vec<models::PartyInteraction>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionStatusChangeEventPayload".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "partyInteraction" => intermediate_rep.party_interaction.push(<models::PartyInteraction as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionStatusChangeEventPayload".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionStatusChangeEventPayload {
            party_interaction: intermediate_rep.party_interaction.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionStatusChangeEventPayload> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionStatusChangeEventPayload>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionStatusChangeEventPayload>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionStatusChangeEventPayload - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionStatusChangeEventPayload> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionStatusChangeEventPayload as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionStatusChangeEventPayload - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionStatusChangeEventPayload>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionStatusChangeEventPayload>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionStatusChangeEventPayload>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionStatusChangeEventPayload> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionStatusChangeEventPayload as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionStatusChangeEventPayload - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Possible values for the status of party interaction
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum PartyInteractionStatusExampleType {
    #[serde(rename = "open")]
    Open,
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
}

impl std::fmt::Display for PartyInteractionStatusExampleType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            PartyInteractionStatusExampleType::Open => write!(f, "open"),
            PartyInteractionStatusExampleType::InProgress => write!(f, "inProgress"),
            PartyInteractionStatusExampleType::Completed => write!(f, "completed"),
        }
    }
}

impl std::str::FromStr for PartyInteractionStatusExampleType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "open" => std::result::Result::Ok(PartyInteractionStatusExampleType::Open),
            "inProgress" => std::result::Result::Ok(PartyInteractionStatusExampleType::InProgress),
            "completed" => std::result::Result::Ok(PartyInteractionStatusExampleType::Completed),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionStatusExampleType> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionStatusExampleType>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionStatusExampleType>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionStatusExampleType - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionStatusExampleType> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionStatusExampleType as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionStatusExampleType - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionStatusExampleType>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionStatusExampleType>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionStatusExampleType>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionStatusExampleType> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionStatusExampleType as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionStatusExampleType - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Skipped properties: id,href,direction,creationDate,customerId Optional attributes may be null, which removes them (JSON Merge Patch).
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PartyInteractionUpdate {
    /// Description of the interaction
    #[serde(rename = "description")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub description: Option<swagger::Nullable<String>>,

    /// Reason why the interaction happened
    #[serde(rename = "reason")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub reason: Option<String>,

    /// Status of the interaction (opened, inProgress, completed)
    #[serde(rename = "status")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub status: Option<String>,

    /// Last time the status changed
    #[serde(rename = "statusChangeDate")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub status_change_date: Option<chrono::DateTime::<chrono::Utc>>,

    #[serde(rename = "attachment")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub attachment: Option<swagger::Nullable<Vec<models::AttachmentRefOrValue>>>,

    /// Where the interaction took place (e.g. web, mobile app, store, kiosk, etc.)
    #[serde(rename = "channel")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    
    #[serde(skip_serializing_if="Option::is_none")]
    pub channel: Option<Vec<models::RelatedChannel>>,

    #[serde(rename = "interactionDate")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_date: Option<models::TimePeriodUpdate>,

    #[serde(rename = "interactionItem")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_item: Option<swagger::Nullable<Vec<models::InteractionItem>>>,

    #[serde(rename = "interactionRelationship")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub interaction_relationship: Option<swagger::Nullable<Vec<models::InteractionRelationship>>>,

    #[serde(rename = "note")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub note: Option<swagger::Nullable<Vec<models::Note>>>,

    #[serde(rename = "relatedParty")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub related_party: Option<swagger::Nullable<Vec<models::RelatedParty>>>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<swagger::Nullable<String>>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<swagger::Nullable<String>>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<swagger::Nullable<String>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for PartyInteractionUpdate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for PartyInteractionUpdate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl PartyInteractionUpdate {
    #[allow(clippy::new_without_default)]
    pub fn new() -> PartyInteractionUpdate {
        PartyInteractionUpdate {
            description: None,
            reason: None,
            status: None,
            status_change_date: None,
            attachment: None,
            channel: None,
            interaction_date: None,
            interaction_item: None,
            interaction_relationship: None,
            note: None,
            related_party: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
        }
    }
}

/// Converts the PartyInteractionUpdate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for PartyInteractionUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
            self.reason.as_ref().map(|reason| {
                [
                    "reason".to_string(),
                    reason.to_string(),
                ].join(",")
            }),
            self.status.as_ref().map(|status| {
                [
                    "status".to_string(),
                    status.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type statusChangeDate in query parameter serialization
            // Skipping non-primitive type attachment in query parameter serialization
            // Skipping non-primitive type channel in query parameter serialization
            // Skipping non-primitive type interactionDate in query parameter serialization
            // Skipping non-primitive type interactionItem in query parameter serialization
            // Skipping non-primitive type interactionRelationship in query parameter serialization
            // Skipping non-primitive type note in query parameter serialization
            // Skipping non-primitive type relatedParty in query parameter serialization
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PartyInteractionUpdate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PartyInteractionUpdate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub description: Vec<swagger::Nullable<String>>,
            pub reason: Vec<String>,
            pub status: Vec<String>,
            pub status_change_date: Vec<chrono::DateTime::<chrono::Utc>>,
            pub attachment: Vec<swagger::Nullable<Vec<models::AttachmentRefOrValue>>>,
            pub channel: Vec<Vec<models::RelatedChannel>>,
            pub interaction_date: Vec<models::TimePeriodUpdate>,
            pub interaction_item: Vec<swagger::Nullable<Vec<models::InteractionItem>>>,
            pub interaction_relationship: Vec<swagger::Nullable<Vec<models::InteractionRelationship>>>,
            pub note: Vec<swagger::Nullable<Vec<models::Note>>>,
            pub related_party: Vec<swagger::Nullable<Vec<models::RelatedParty>>>,
            pub at_base_type: Vec<swagger::Nullable<String>>,
            pub at_schema_location: Vec<swagger::Nullable<String>>,
            pub at_type: Vec<swagger::Nullable<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing PartyInteractionUpdate".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in PartyInteractionUpdate".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "statusChangeDate" => intermediate_rep.status_change_date.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "attachment" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionUpdate".to_string()),
                    "channel" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionUpdate".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "interactionDate" => intermediate_rep.interaction_date.push(<models::TimePeriodUpdate as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "interactionItem" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionUpdate".to_string()),
                    "interactionRelationship" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionUpdate".to_string()),
                    "note" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionUpdate".to_string()),
                    "relatedParty" => return std::result::Result::Err("Parsing a container in this style is not supported in PartyInteractionUpdate".to_string()),
                    "@baseType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in PartyInteractionUpdate".to_string()),
                    "@schemaLocation" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in PartyInteractionUpdate".to_string()),
                    "@type" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in PartyInteractionUpdate".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing PartyInteractionUpdate".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PartyInteractionUpdate {
            description: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            reason: intermediate_rep.reason.into_iter().next(),
            status: intermediate_rep.status.into_iter().next(),
            status_change_date: intermediate_rep.status_change_date.into_iter().next(),
            attachment: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            channel: intermediate_rep.channel.into_iter().next(),
            interaction_date: intermediate_rep.interaction_date.into_iter().next(),
            interaction_item: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            interaction_relationship: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            note: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            related_party: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            at_base_type: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            at_schema_location: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
            at_type: std::result::Result::Err("Nullable types not supported in PartyInteractionUpdate".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PartyInteractionUpdate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<PartyInteractionUpdate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<PartyInteractionUpdate>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for PartyInteractionUpdate - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<PartyInteractionUpdate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <PartyInteractionUpdate as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into PartyInteractionUpdate - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<PartyInteractionUpdate>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<PartyInteractionUpdate>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<PartyInteractionUpdate>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<PartyInteractionUpdate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <PartyInteractionUpdate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into PartyInteractionUpdate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// An amount in a given unit
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Quantity {
    /// Numeric value in a given unit
    #[serde(rename = "amount")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub amount: Option<f32>,

    /// Unit
    #[serde(rename = "units")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub units: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Quantity {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Quantity {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Quantity {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Quantity {
        Quantity {
            amount: Some(1.0),
            units: None,
        }
    }
}

/// Converts the Quantity value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Quantity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.amount.as_ref().map(|amount| {
                [
                    "amount".to_string(),
                    amount.to_string(),
                ].join(",")
            }),
            self.units.as_ref().map(|units| {
                [
                    "units".to_string(),
                    units.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Quantity value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Quantity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub amount: Vec<f32>,
            pub units: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Quantity".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(<f32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "units" => intermediate_rep.units.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Quantity".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Quantity {
            amount: intermediate_rep.amount.into_iter().next(),
            units: intermediate_rep.units.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Quantity> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Quantity>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Quantity>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Quantity - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Quantity> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Quantity as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Quantity - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Quantity>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Quantity>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Quantity>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Quantity> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Quantity as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Quantity - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Related channel to another entity. May be online web, mobile app, social ,etc.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RelatedChannel {
    /// Unique identifier of a related entity.
    #[serde(rename = "id")]

    pub id: String,

    /// Reference of the related entity.
    #[serde(rename = "href")]

    pub href: String,

    /// Name of the channel.
    #[serde(rename = "name")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    /// Role playing by the channel.
    #[serde(rename = "role")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub role: Option<String>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

    /// The actual type of the target instance when needed for disambiguation.
    #[serde(rename = "@referredType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_referred_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for RelatedChannel {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for RelatedChannel {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl RelatedChannel {
    #[allow(clippy::new_without_default)]
    pub fn new(id: String, href: String, ) -> RelatedChannel {
        RelatedChannel {
            id,
            href,
            name: None,
            role: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
            at_referred_type: None,
        }
    }
}

/// Converts the RelatedChannel value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for RelatedChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("id".to_string()),
            Some(self.id.to_string()),
            Some("href".to_string()),
            Some(self.href.to_string()),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            self.role.as_ref().map(|role| {
                [
                    "role".to_string(),
                    role.to_string(),
                ].join(",")
            }),
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
            self.at_referred_type.as_ref().map(|at_referred_type| {
                [
                    "@referredType".to_string(),
                    at_referred_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RelatedChannel value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RelatedChannel {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub name: Vec<String>,
            pub role: Vec<String>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
            pub at_referred_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing RelatedChannel".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@referredType" => intermediate_rep.at_referred_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing RelatedChannel".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RelatedChannel {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in RelatedChannel".to_string())?,
            href: intermediate_rep.href.into_iter().next().ok_or_else(|| "href missing in RelatedChannel".to_string())?,
            name: intermediate_rep.name.into_iter().next(),
            role: intermediate_rep.role.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
            at_referred_type: intermediate_rep.at_referred_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RelatedChannel> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<RelatedChannel>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<RelatedChannel>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for RelatedChannel - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<RelatedChannel> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <RelatedChannel as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into RelatedChannel - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<RelatedChannel>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<RelatedChannel>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<RelatedChannel>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<RelatedChannel> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <RelatedChannel as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into RelatedChannel - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A reference to an entity, where the type of the entity is not known in advance. A related entity defines a entity described by reference or by value linked to a specific entity. The polymorphic attributes @type, @schemaLocation & @referredType are related to the Entity and not the RelatedEntityRefOrValue class itself
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RelatedEntityRefOrValue {
    /// Unique identifier of a related entity.
    #[serde(rename = "id")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub id: Option<String>,

    /// Reference of the related entity.
    #[serde(rename = "href")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub href: Option<String>,

    /// Name of the related entity.
    #[serde(rename = "name")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "role")]

    pub role: String,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

    /// The actual type of the target instance when needed for disambiguation.
    #[serde(rename = "@referredType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_referred_type: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for RelatedEntityRefOrValue {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for RelatedEntityRefOrValue {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl RelatedEntityRefOrValue {
    #[allow(clippy::new_without_default)]
    pub fn new(role: String, ) -> RelatedEntityRefOrValue {
        RelatedEntityRefOrValue {
            id: None,
            href: None,
            name: None,
            role,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
            at_referred_type: None,
        }
    }
}

/// Converts the RelatedEntityRefOrValue value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for RelatedEntityRefOrValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.id.as_ref().map(|id| {
                [
                    "id".to_string(),
                    id.to_string(),
                ].join(",")
            }),
            self.href.as_ref().map(|href| {
                [
                    "href".to_string(),
                    href.to_string(),
                ].join(",")
            }),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            Some("role".to_string()),
            Some(self.role.to_string()),
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
            self.at_referred_type.as_ref().map(|at_referred_type| {
                [
                    "@referredType".to_string(),
                    at_referred_type.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RelatedEntityRefOrValue value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RelatedEntityRefOrValue {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub name: Vec<String>,
            pub role: Vec<String>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
            pub at_referred_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing RelatedEntityRefOrValue".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@referredType" => intermediate_rep.at_referred_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing RelatedEntityRefOrValue".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RelatedEntityRefOrValue {
            id: intermediate_rep.id.into_iter().next(),
            href: intermediate_rep.href.into_iter().next(),
            name: intermediate_rep.name.into_iter().next(),
            role: intermediate_rep.role.into_iter().next().ok_or_else(|| "role missing in RelatedEntityRefOrValue".to_string())?,
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
            at_referred_type: intermediate_rep.at_referred_type.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RelatedEntityRefOrValue> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<RelatedEntityRefOrValue>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<RelatedEntityRefOrValue>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for RelatedEntityRefOrValue - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<RelatedEntityRefOrValue> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <RelatedEntityRefOrValue as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into RelatedEntityRefOrValue - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<RelatedEntityRefOrValue>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<RelatedEntityRefOrValue>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<RelatedEntityRefOrValue>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<RelatedEntityRefOrValue> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <RelatedEntityRefOrValue as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into RelatedEntityRefOrValue - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Related Entity reference. A related party defines party or party role linked to a specific entity.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RelatedParty {
    /// Unique identifier of a related entity.
    #[serde(rename = "id")]

    pub id: String,

    /// Reference of the related entity.
    #[serde(rename = "href")]

    pub href: String,

    /// Name of the related entity.
    #[serde(rename = "name")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub name: Option<String>,

    /// Role played by the related party
    #[serde(rename = "role")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub role: Option<String>,

    /// When sub-classing, this defines the super-class
    #[serde(rename = "@baseType")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_base_type: Option<String>,

    /// A URI to a JSON-Schema file that defines additional attributes and relationships
    #[serde(rename = "@schemaLocation")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_schema_location: Option<String>,

    /// When sub-classing, this defines the sub-class entity name
    #[serde(rename = "@type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub at_type: Option<String>,

    /// The actual type of the target instance when needed for disambiguation.
    #[serde(rename = "@referredType")]

    pub at_referred_type: String,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for RelatedParty {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for RelatedParty {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl RelatedParty {
    #[allow(clippy::new_without_default)]
    pub fn new(id: String, href: String, at_referred_type: String, ) -> RelatedParty {
        RelatedParty {
            id,
            href,
            name: None,
            role: None,
            at_base_type: None,
            at_schema_location: None,
            at_type: None,
            at_referred_type,
        }
    }
}

/// Converts the RelatedParty value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for RelatedParty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("id".to_string()),
            Some(self.id.to_string()),
            Some("href".to_string()),
            Some(self.href.to_string()),
            self.name.as_ref().map(|name| {
                [
                    "name".to_string(),
                    name.to_string(),
                ].join(",")
            }),
            self.role.as_ref().map(|role| {
                [
                    "role".to_string(),
                    role.to_string(),
                ].join(",")
            }),
            self.at_base_type.as_ref().map(|at_base_type| {
                [
                    "@baseType".to_string(),
                    at_base_type.to_string(),
                ].join(",")
            }),
            self.at_schema_location.as_ref().map(|at_schema_location| {
                [
                    "@schemaLocation".to_string(),
                    at_schema_location.to_string(),
                ].join(",")
            }),
            self.at_type.as_ref().map(|at_type| {
                [
                    "@type".to_string(),
                    at_type.to_string(),
                ].join(",")
            }),
            Some("@referredType".to_string()),
            Some(self.at_referred_type.to_string()),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a RelatedParty value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for RelatedParty {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<String>,
            pub href: Vec<String>,
            pub name: Vec<String>,
            pub role: Vec<String>,
            pub at_base_type: Vec<String>,
            pub at_schema_location: Vec<String>,
            pub at_type: Vec<String>,
            pub at_referred_type: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing RelatedParty".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "href" => intermediate_rep.href.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@baseType" => intermediate_rep.at_base_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@schemaLocation" => intermediate_rep.at_schema_location.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@type" => intermediate_rep.at_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "@referredType" => intermediate_rep.at_referred_type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing RelatedParty".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(RelatedParty {
            id: intermediate_rep.id.into_iter().next().ok_or_else(|| "id missing in RelatedParty".to_string())?,
            href: intermediate_rep.href.into_iter().next().ok_or_else(|| "href missing in RelatedParty".to_string())?,
            name: intermediate_rep.name.into_iter().next(),
            role: intermediate_rep.role.into_iter().next(),
            at_base_type: intermediate_rep.at_base_type.into_iter().next(),
            at_schema_location: intermediate_rep.at_schema_location.into_iter().next(),
            at_type: intermediate_rep.at_type.into_iter().next(),
            at_referred_type: intermediate_rep.at_referred_type.into_iter().next().ok_or_else(|| "@referredType missing in RelatedParty".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<RelatedParty> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<RelatedParty>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<RelatedParty>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for RelatedParty - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<RelatedParty> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <RelatedParty as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into RelatedParty - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<RelatedParty>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<RelatedParty>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<RelatedParty>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<RelatedParty> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <RelatedParty as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into RelatedParty - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A period of time, either as a deadline (endDateTime only) a startDateTime only, or both
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TimePeriod {
    /// End of the time period, using IETC-RFC-3339 format
    #[serde(rename = "endDateTime")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub end_date_time: Option<chrono::DateTime::<chrono::Utc>>,

    /// Start of the time period, using IETC-RFC-3339 format. If you define a start, you must also define an end
    #[serde(rename = "startDateTime")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub start_date_time: Option<chrono::DateTime::<chrono::Utc>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for TimePeriod {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for TimePeriod {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl TimePeriod {
    #[allow(clippy::new_without_default)]
    pub fn new() -> TimePeriod {
        TimePeriod {
            end_date_time: None,
            start_date_time: None,
        }
    }
}

/// Converts the TimePeriod value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for TimePeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type endDateTime in query parameter serialization
            // Skipping non-primitive type startDateTime in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TimePeriod value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TimePeriod {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub end_date_time: Vec<chrono::DateTime::<chrono::Utc>>,
            pub start_date_time: Vec<chrono::DateTime::<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing TimePeriod".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "endDateTime" => intermediate_rep.end_date_time.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "startDateTime" => intermediate_rep.start_date_time.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing TimePeriod".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TimePeriod {
            end_date_time: intermediate_rep.end_date_time.into_iter().next(),
            start_date_time: intermediate_rep.start_date_time.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TimePeriod> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<TimePeriod>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<TimePeriod>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for TimePeriod - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<TimePeriod> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <TimePeriod as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into TimePeriod - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<TimePeriod>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<TimePeriod>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<TimePeriod>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<TimePeriod> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <TimePeriod as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into TimePeriod - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// A TimePeriod in a merge patch, where null removes either end.
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TimePeriodUpdate {
    /// End of the time period, using IETC-RFC-3339 format
    #[serde(rename = "endDateTime")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub end_date_time: Option<swagger::Nullable<chrono::DateTime::<chrono::Utc>>>,

    /// Start of the time period, using IETC-RFC-3339 format
    #[serde(rename = "startDateTime")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub start_date_time: Option<swagger::Nullable<chrono::DateTime::<chrono::Utc>>>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for TimePeriodUpdate {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for TimePeriodUpdate {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl TimePeriodUpdate {
    #[allow(clippy::new_without_default)]
    pub fn new() -> TimePeriodUpdate {
        TimePeriodUpdate {
            end_date_time: None,
            start_date_time: None,
        }
    }
}

/// Converts the TimePeriodUpdate value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for TimePeriodUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type endDateTime in query parameter serialization
            // Skipping non-primitive type startDateTime in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TimePeriodUpdate value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TimePeriodUpdate {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub end_date_time: Vec<swagger::Nullable<chrono::DateTime::<chrono::Utc>>>,
            pub start_date_time: Vec<swagger::Nullable<chrono::DateTime::<chrono::Utc>>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing TimePeriodUpdate".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "endDateTime" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in TimePeriodUpdate".to_string()),
                    "startDateTime" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in TimePeriodUpdate".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing TimePeriodUpdate".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TimePeriodUpdate {
            end_date_time: std::result::Result::Err("Nullable types not supported in TimePeriodUpdate".to_string())?,
            start_date_time: std::result::Result::Err("Nullable types not supported in TimePeriodUpdate".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TimePeriodUpdate> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<TimePeriodUpdate>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<TimePeriodUpdate>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for TimePeriodUpdate - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<TimePeriodUpdate> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <TimePeriodUpdate as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into TimePeriodUpdate - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<TimePeriodUpdate>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<TimePeriodUpdate>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<TimePeriodUpdate>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<TimePeriodUpdate> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <TimePeriodUpdate as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into TimePeriodUpdate - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}
